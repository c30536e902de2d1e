# Threads writing one binary file: the buffered layer's lock (bufferedio.c's
# ENTER_BUFFERED) keeps every line whole. (CPython's text layer has no such lock, so this is binary.)
import os
import threading

p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_tmp_io_011.txt")
with open(p, "wb") as f:
    def writer(n):
        for i in range(2000):
            f.write(b"thread %d line %d \xc3\xa9\n" % (n, i))
    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
with open(p, encoding="utf-8") as f:
    lines = f.readlines()
print(len(lines), all(l.startswith("thread ") and l.endswith(" é\n") for l in lines))
print(sorted(set(l.split()[1] for l in lines)))
os.remove(p)

import queue
import threading

STOP = object()
raw = queue.Queue(maxsize=3)
cooked = queue.LifoQueue()


def produce():
    for i in range(10):
        raw.put(i)
    for _ in range(2):
        raw.put(STOP)


def transform():
    while True:
        item = raw.get()
        try:
            if item is STOP:
                return
            cooked.put(item * item)
        finally:
            raw.task_done()


threads = [threading.Thread(target=produce)] + [threading.Thread(target=transform) for _ in range(2)]
for t in threads:
    t.start()
raw.join()
for t in threads:
    t.join()
out = []
while True:
    try:
        out.append(cooked.get_nowait())
    except queue.Empty:
        break
print(sorted(out), cooked.qsize(), raw.empty())
s = queue.SimpleQueue()
s.put("a")
s.put("b")
print(s.get(), s.qsize(), s.empty())
lq = queue.LifoQueue()
for c in "xyz":
    lq.put(c)
print([lq.get() for _ in range(3)])

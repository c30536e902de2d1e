import threading
data = threading.local()
data.value = "main"
out = []
def worker(v):
    print_before = hasattr(data, "value")
    data.value = v
    out.append((v, print_before, data.value))
ts = [threading.Thread(target=worker, args=("t%d" % i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), data.value)

import threading
results = []
lock = threading.Lock()
def work(n, scale=1, label="w"):
    with lock:
        results.append((label, n * scale))
threads = [threading.Thread(target=work, args=(i,), kwargs={"scale": 10, "label": "t%d" % i}) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads])

import threading, queue
tasks = queue.Queue()
results = queue.Queue()
def worker():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        results.put(item * item)
        tasks.task_done()
ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws: w.start()
for i in range(20):
    tasks.put(i)
for _ in ws:
    tasks.put(None)
tasks.join()
for w in ws: w.join()
out = []
while not results.empty():
    out.append(results.get())
print(sorted(out))

import queue
import threading

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "b"), (1, "a"), (2, "z"), (0, "late"), (3, "a")]:
    pq.put(item)
out = []
while not pq.empty():
    out.append(pq.get())
print(out)

pq2 = queue.PriorityQueue(maxsize=2)
pq2.put((5, "x"))
pq2.put((4, "y"))
try:
    pq2.put_nowait((1, "z"))
except queue.Full:
    print("full", pq2.qsize())
results = []


def worker():
    while True:
        prio, name = pq2.get()
        if name is None:
            pq2.task_done()
            break
        results.append((prio, name))
        pq2.task_done()


w = threading.Thread(target=worker)
w.start()
pq2.put((9, None))
pq2.join()
w.join()
print(results)
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("empty")

import queue
q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.get(), q.get(), q.get(), q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty raised")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
b = queue.Queue(maxsize=1)
b.put("x")
print(b.full())
try:
    b.put_nowait("y")
except queue.Full:
    print("Full raised")
lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(item)
print([pq.get() for _ in range(3)])

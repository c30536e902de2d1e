import queue
import threading
import time

q = queue.Queue()
print(q.empty(), q.qsize(), q.full())
for i in range(5):
    q.put(i)
print(q.qsize(), [q.get() for i in range(5)])
try:
    q.get_nowait()
except queue.Empty:
    print("Empty raised")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
b = queue.Queue(maxsize=2)
b.put(1)
b.put_nowait(2)
print(b.full())
try:
    b.put(3, block=False)
except queue.Full:
    print("Full raised")
try:
    b.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    b.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3]:
    lq.put(x)
    pq.put((x, "item%d" % x))
print([lq.get() for i in range(5)])
print([pq.get() for i in range(5)])

sq = queue.SimpleQueue()
sq.put("a")
sq.put("b")
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue empty")

# producers/consumers with task_done/join
work = queue.Queue(maxsize=3)
results = queue.Queue()


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        results.put(item * item)
        work.task_done()


threads = [threading.Thread(target=worker) for i in range(3)]
for t in threads:
    t.start()
for i in range(20):
    work.put(i)
work.join()
for t in threads:
    work.put(None)
for t in threads:
    t.join()
out = []
while not results.empty():
    out.append(results.get())
print(sorted(out))
try:
    work.task_done()
except ValueError as e:
    print("ValueError:", e)


# a blocked get is woken by a put from another thread
def late_put():
    time.sleep(0.02)
    q.put("late")


threading.Thread(target=late_put).start()
print(q.get(timeout=5))

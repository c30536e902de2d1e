# _queue.SimpleQueue (C) under queue.py: FIFO, Empty, timeouts, a blocking get woken by a put
import _queue
import queue
import threading
import time

print(queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty)
print(_queue.Empty.__mro__[1].__name__, _queue.SimpleQueue.__module__)
q = queue.SimpleQueue()
print(q.empty(), q.qsize())
for item in [1, None, "two", (3,)]:
    q.put(item)
q.put_nowait(4)
q.put(5, block=False, timeout=1)
print(q.qsize(), [q.get() for _ in range(3)], q.get_nowait(), q.get(False), q.get(timeout=1))
for call in [q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.01)]:
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(e))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    queue.SimpleQueue(1)
except TypeError as e:
    print("TypeError:", e)
print(queue.SimpleQueue[int])

def producer():
    time.sleep(0.05)
    for i in range(100):
        q.put(i)
    q.put(None)

t = threading.Thread(target=producer)
t.start()
got = []
while (x := q.get()) is not None:
    got.append(x)
t.join()
print(len(got), sum(got), got[:5])

class Sub(queue.SimpleQueue):
    pass
s = Sub()
s.put("x")
s.attr = 1
print(type(s).__name__, s.get(), s.attr)

# queue.Queue (Python, over threading.Condition) with several consumers
work = queue.Queue(maxsize=4)
out = []
lock = threading.Lock()
def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        with lock:
            out.append(item * 2)
        work.task_done()
cs = [threading.Thread(target=consumer) for _ in range(3)]
for c in cs:
    c.start()
for i in range(20):
    work.put(i)
for _ in cs:
    work.put(None)
work.join()
for c in cs:
    c.join()
print(sorted(out) == [i * 2 for i in range(20)])

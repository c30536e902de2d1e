# The seed's countdown (section 3, "CPU-Bound Code: GIL Hurts"): one thread, then two threads
# sharing the same work. On a GIL both take about the same time: the threads take turns.
import threading
import time
import sys

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000_000


def countdown(n):
    while n > 0:
        n -= 1


start = time.time()
countdown(COUNT)
single = time.time() - start
print(f"Single: {single:.2f}s")

t1 = threading.Thread(target=countdown, args=(COUNT // 2,))
t2 = threading.Thread(target=countdown, args=(COUNT // 2,))
start = time.time()
t1.start(); t2.start()
t1.join(); t2.join()
threaded = time.time() - start
print(f"Threaded: {threaded:.2f}s")
print(f"ratio threaded/single: {threaded / single:.2f}")

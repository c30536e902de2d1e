import threading, time
COUNT = 50_000_000
def countdown(n):
    while n > 0:
        n -= 1
# Single-threaded
start = time.time()
countdown(COUNT)
print(f"Single: {time.time() - start:.2f}s") # ~2.0s
# Two threads — NOT 2x faster, roughly the same or slower
t1 = threading.Thread(target=countdown, args=(COUNT // 2,))
t2 = threading.Thread(target=countdown, args=(COUNT // 2,))
start = time.time()
t1.start(); t2.start()
t1.join(); t2.join()
print(f"Threaded: {time.time() - start:.2f}s") # ~2.1s (overhead!)

import threading, time
sem = threading.Semaphore(2)
lock = threading.Lock()
active = [0]
peak = [0]
def task():
    with sem:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.02)
        with lock:
            active[0] -= 1
ts = [threading.Thread(target=task) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("peak concurrency", peak[0], "final", active[0])
b = threading.BoundedSemaphore(1)
b.acquire()
print(b.acquire(blocking=False))
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
s = threading.Semaphore(0)
print(s.acquire(timeout=0.01))

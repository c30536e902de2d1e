import threading, time
sem = threading.Semaphore(2)
lock = threading.Lock()
active = [0]
peak = [0]
go = threading.Event()
def task():
    with sem:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        go.wait(10)
        with lock:
            active[0] -= 1
ts = [threading.Thread(target=task) for _ in range(6)]
for t in ts: t.start()
# Two tasks get in; the other four must stay blocked however long we wait.
while True:
    with lock:
        if active[0] == 2:
            break
    time.sleep(0.005)
time.sleep(0.05)
print("inside while blocked:", active[0])
go.set()
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

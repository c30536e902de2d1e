import threading

N = 4
barrier = threading.Barrier(N)
order = []
lock = threading.Lock()


def step(i):
    with lock:
        order.append(("before", i))
    idx = barrier.wait(10)
    with lock:
        order.append(("after", i))
    return idx


ts = [threading.Thread(target=step, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
first_after = min(k for k, e in enumerate(order) if e[0] == "after")
print(first_after == N, len(order), barrier.n_waiting, barrier.parties)

sem = threading.BoundedSemaphore(2)
active = [0]
peak = [0]


def limited():
    with sem:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        threading.Event().wait(0.01)
        with lock:
            active[0] -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak[0] <= 2, active[0])
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)

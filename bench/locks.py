"""Locks, conditions, queues and deques, measured warm and in-process: run it under python3 and
under gilspy (`./gilspy run bench/locks.py`, or `java -cp interpreter/target/classes
dev.gilspy.interp.Main bench/locks.py`) and compare the columns. Each line is the median of 5 runs
after 4 untimed warm-up runs: items per second of wall time, and process CPU time per item (less
noisy on a loaded machine; gilspy's includes its JIT compiler threads). Arguments: substrings of
the names of the lines to run (default: all).
"""
import threading, queue, time, sys, collections
def med(xs):
    xs = sorted(xs); return xs[len(xs)//2]
def run(name, fn, n, reps=5):
    for _ in range(4): fn(n // 4)  # warm-up
    ts = []; cs = []
    for _ in range(reps):
        t0 = time.perf_counter(); c0 = time.process_time(); fn(n); ts.append(time.perf_counter() - t0); cs.append(time.process_time() - c0)
    print(f"{name:28s} {n/med(ts)/1e3:10.1f} k/s wall {med(cs)/n*1e9:9.0f} ns cpu/op")
def lock_ar(n):
    l = threading.Lock(); a = l.acquire; r = l.release
    for _ in range(n): a(); r()
def lock_with(n):
    l = threading.Lock()
    for _ in range(n):
        with l: pass
def lock_nb(n):
    l = threading.Lock(); l.acquire()
    for _ in range(n): l.acquire(False)
def rlock_with(n):
    l = threading.RLock()
    for _ in range(n):
        with l: pass
def cond_notify(n):
    c = threading.Condition()
    for _ in range(n):
        with c: c.notify()
def q_putget(n):
    q = queue.Queue()
    for i in range(n): q.put(i); q.get()
def sq_putget(n):
    q = queue.SimpleQueue()
    for i in range(n): q.put(i); q.get()
def deque_ap(n):
    d = collections.deque(); ap = d.append; pl = d.popleft
    for i in range(n): ap(i); pl()
def event_sw(n):
    e = threading.Event()
    for _ in range(n): e.set(); e.wait(); e.clear()
def prodcons(k):
    def f(n):
        q = queue.Queue()
        def cons():
            while True:
                x = q.get()
                if x is None: return
        ts = [threading.Thread(target=cons) for _ in range(k)]
        for t in ts: t.start()
        for i in range(n): q.put(i)
        for t in ts: q.put(None)
        for t in ts: t.join()
    return f
def pingpong(n):
    a = threading.Lock(); b = threading.Lock(); a.acquire(); b.acquire()
    def other():
        for _ in range(n):
            a.acquire(); b.release()
    t = threading.Thread(target=other); t.start()
    for _ in range(n):
        a.release(); b.acquire()
    t.join()
which = sys.argv[1:] 
tests = [("lock acquire/release", lock_ar, 1000000), ("with lock", lock_with, 1000000),
  ("lock acquire(False) held", lock_nb, 1000000), ("with rlock", rlock_with, 1000000),
  ("cond notify no waiter", cond_notify, 300000), ("Queue put/get 1thr", q_putget, 200000),
  ("SimpleQueue put/get", sq_putget, 1000000), ("deque append/popleft", deque_ap, 1000000),
  ("Event set/wait/clear", event_sw, 300000),
  ("prodcons 1 consumer", prodcons(1), 50000), ("prodcons 2 consumers", prodcons(2), 50000),
  ("lock ping-pong", pingpong, 50000)]
for name, fn, n in tests:
    if not which or any(w in name for w in which):
        run(name, fn, n)

import threading
import time
import sys


def work(n, out):
    out.append(n * n)


# Names, idents, start/join and the errors around them.
out = []
t = threading.Thread(target=work, args=(3, out))
print(t.name, t.daemon, t.ident is None, t.is_alive())
t.start()
t.join()
print(out, t.is_alive(), t.ident is not None, t.native_id is not None)
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=work).join()
except RuntimeError as e:
    print("RuntimeError:", e)
t2 = threading.Thread(target=lambda: None)
print(t2.name)
t3 = threading.Thread(name="worker", target=work, kwargs={"n": 2, "out": out}, daemon=True)
print(t3.name, t3.daemon, repr(t3))
t3.start()
t3.join(5)
print(out, repr(t3).split(",")[1].split()[0])
try:
    t3.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), len(threading.enumerate()))
print(threading.get_ident() == threading.current_thread().ident)
print(threading.TIMEOUT_MAX > 0)


class MyThread(threading.Thread):
    def __init__(self, value):
        super().__init__()
        self.value = value
        self.result = None

    def run(self):
        self.result = self.value * 2


m = MyThread(21)
print(m.name.startswith("Thread-"), "(" in m.name)
m.start()
m.join()
print(m.result)

# Lock and RLock
lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(True, 0.01))
lock.release()
print(lock.locked())
with lock:
    print("in lock", lock.locked())
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# Counter protected by a lock
counter = [0]


def inc(n):
    for i in range(n):
        with lock:
            counter[0] += 1


threads = [threading.Thread(target=inc, args=(2000,)) for i in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print("counter", counter[0])

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
seen = []


def waiter():
    seen.append(ev.wait(5))


w = threading.Thread(target=waiter)
w.start()
ev.set()
w.join()
print(seen, ev.is_set())
ev.clear()
print(ev.is_set())

# Condition: producer/consumer
cond = threading.Condition()
items = []
got = []


def consumer():
    for i in range(5):
        with cond:
            cond.wait_for(lambda: len(items) > 0)
            got.append(items.pop(0))


c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify()
c.join()
print("got", got)
with cond:
    print("wait timeout", cond.wait(0.01))
    print("wait_for timeout", cond.wait_for(lambda: False, 0.01))
try:
    cond.wait(0.01)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = threading.Condition(threading.Lock())
with c2:
    c2.notify_all()
    print("plain lock condition ok", c2.wait(0.01))

# Semaphores
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
active = [0]
peak = [0]
sem3 = threading.Semaphore(3)


def limited():
    with sem3:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.01)
        with lock:
            active[0] -= 1


ts = [threading.Thread(target=limited) for i in range(8)]
for th in ts:
    th.start()
for th in ts:
    th.join()
print("peak <= 3", peak[0] <= 3, active[0])

# Barrier
barrier = threading.Barrier(3, action=lambda: print("barrier action"))
order = []


def at_barrier(i):
    idx = barrier.wait(5)
    with lock:
        order.append(idx)


ts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for th in ts:
    th.start()
for th in ts:
    th.join()
print(sorted(order), barrier.parties, barrier.n_waiting, barrier.broken)
b2 = threading.Barrier(2)
try:
    b2.wait(0.01)
except threading.BrokenBarrierError:
    print("broken barrier", b2.broken)

# Timer
fired = []
tm = threading.Timer(0.01, fired.append, args=["fired"])
tm.start()
tm.join()
tm2 = threading.Timer(10, fired.append, args=["never"])
tm2.start()
tm2.cancel()
tm2.join()
print(fired)

# local
data = threading.local()
data.x = "main"
res = []


def use_local():
    data.x = "thread"
    res.append(data.x)


lt = threading.Thread(target=use_local)
lt.start()
lt.join()
print(data.x, res)

# Uncaught exception in a thread goes to excepthook; SystemExit is silent
def boom():
    raise ValueError("boom in thread")


def quiet():
    sys.exit(3)


bt = threading.Thread(target=boom, name="Boomer")
bt.start()
bt.join()
qt = threading.Thread(target=quiet)
qt.start()
qt.join()
print("after exceptions", bt.is_alive(), qt.is_alive())

captured = []


def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


old = threading.excepthook
threading.excepthook = hook
ht = threading.Thread(target=boom, name="hooked")
ht.start()
ht.join()
threading.excepthook = old
print(captured)

# join with timeout on a still-running thread
stop = threading.Event()
slow = threading.Thread(target=stop.wait, args=(5,))
slow.start()
slow.join(0.01)
print("still alive", slow.is_alive())
stop.set()
slow.join()
print("joined", slow.is_alive())


# A non-daemon thread still running at the end is joined by threading._shutdown()
def late():
    time.sleep(0.05)
    print("late thread done")


threading.Thread(target=late).start()
threading.settrace(None)
threading.setprofile(None)
print("main done")

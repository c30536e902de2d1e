import threading
import time

# A Condition over an RLock held twice must release it completely while waiting.
cond = threading.Condition()


def notifier():
    with cond:
        cond.notify()


with cond:
    with cond:
        t = threading.Thread(target=notifier)
        t.start()
        print("woken", cond.wait(5))
t.join()

# notify(n) and notify_all with several waiters
cv = threading.Condition(threading.Lock())
ready = []
woke = []


def waiter(i):
    with cv:
        ready.append(i)
        cv.wait()
        woke.append(i)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
while True:
    with cv:
        if len(ready) == 4:
            break
    time.sleep(0.001)
with cv:
    cv.notify(2)
while True:
    with cv:
        if len(woke) == 2:
            break
    time.sleep(0.001)
print("after notify(2)", len(woke))
with cv:
    cv.notify_all()
for w in ws:
    w.join()
print("after notify_all", sorted(woke))

# daemon status is inherited from the creating thread
inherited = []


def spawn_child():
    child = threading.Thread(target=lambda: None)
    inherited.append(child.daemon)


d = threading.Thread(target=spawn_child, daemon=True)
d.start()
d.join()
n = threading.Thread(target=spawn_child)
n.start()
n.join()
print("inherited daemon", inherited)

# Barrier: abort breaks waiters, reset makes it usable again
b = threading.Barrier(2)
errors = []


def wait_on_barrier():
    try:
        b.wait()
    except threading.BrokenBarrierError:
        errors.append("broken")


bt = threading.Thread(target=wait_on_barrier)
bt.start()
while b.n_waiting == 0:
    time.sleep(0.001)
b.abort()
bt.join()
print(errors, b.broken)
b.reset()
print(b.broken, b.n_waiting)
results = []
ts = [threading.Thread(target=lambda: results.append(b.wait())) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))

# names: explicit, counted, Timer
print(threading.Thread(name=42).name, threading.Timer(1, print).name.startswith("Thread-"))
tm = threading.Timer(0.01, lambda: None)
print("(" in tm.name)


# ExceptHookArgs fields
def hook(args):
    exc_type, exc_value, exc_tb, thread = args
    print("hook:", exc_type.__name__, exc_value, exc_tb is not None, thread.name, len(args))


threading.excepthook = hook
et = threading.Thread(target=lambda: int("nope"), name="parser")
et.start()
et.join()
threading.excepthook = threading.__excepthook__

# a thread raising KeyboardInterrupt-like BaseException still ends cleanly
class Custom(BaseException):
    pass


def raise_custom():
    raise Custom("custom base exception")


ct = threading.Thread(target=raise_custom, name="custom")
ct.start()
ct.join()
print("alive after BaseException", ct.is_alive())

# many short threads: idents are reusable but each thread is registered and removed
done = []
for i in range(50):
    t = threading.Thread(target=done.append, args=(i,))
    t.start()
    t.join()
print(len(done), threading.active_count(), [t.name for t in threading.enumerate()])

# a lock released by another thread (Lock has no owner)
handoff = threading.Lock()
handoff.acquire()
rel = threading.Thread(target=handoff.release)
rel.start()
rel.join()
print("released by other thread", handoff.acquire(timeout=5))
print(repr(threading.main_thread()).startswith("<_MainThread(MainThread, started"))

# The pure-Python RLock (used when the core's RLock lacks the Condition hooks)
pr = threading._PyRLock()
print(repr(pr).split(" at ")[0])
with pr:
    with pr:
        print(repr(pr).split(" at ")[0])
try:
    pr.release()
except RuntimeError as e:
    print("RuntimeError:", e)
pcond = threading.Condition(threading._PyRLock())


def pnotify():
    with pcond:
        pcond.notify()


with pcond:
    with pcond:
        t = threading.Thread(target=pnotify)
        t.start()
        print("py rlock woken", pcond.wait(5))
t.join()
print(pr.acquire(blocking=False), pr.acquire(timeout=0.01))
pr.release()
pr.release()
other_got = []
pr.acquire()
ot = threading.Thread(target=lambda: other_got.append(pr.acquire(timeout=0.01)))
ot.start()
ot.join()
pr.release()
print("other thread blocked", other_got)

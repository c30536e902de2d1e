# CPython's threading.py over the Java _thread: names, enumerate, settrace/setprofile, Timer,
# Barrier, BoundedSemaphore, Condition.wait_for, daemon flags, repr
import sys
import threading
import time

def job():
    pass

t1 = threading.Thread(target=job)
t2 = threading.Thread(target=lambda: None)
t3 = threading.Thread()
print(t1.name.split(" ")[1], t2.name.split(" ")[1], "(" not in t3.name)
print(repr(t1).split(" ")[0], "initial" in repr(t1))
t1.start(); t1.join()
print("stopped" in repr(t1), t1.ident is not None, t1.native_id is not None)
main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, type(main).__name__)
print([t.name for t in threading.enumerate()], threading.active_count())

calls = []
def tracer(frame, event, arg):
    return None
def profiler(frame, event, arg):
    return None
threading.settrace(tracer)
threading.setprofile(profiler)
print(threading.gettrace() is tracer, threading.getprofile() is profiler)
seen = []
t = threading.Thread(target=lambda: seen.append((sys.gettrace() is tracer, sys.getprofile() is profiler)))
t.start(); t.join()
print(seen)
threading.settrace(None)
threading.setprofile(None)
sys.settrace(None)
sys.setprofile(None)

fired = []
timer = threading.Timer(0.02, fired.append, args=("fired",))
timer.start(); timer.join()
cancelled = threading.Timer(10, fired.append, args=("never",))
cancelled.start(); cancelled.cancel(); cancelled.join()
print(fired, cancelled.finished.is_set())

barrier = threading.Barrier(3, action=lambda: fired.append("action"))
ids = []
lock = threading.Lock()
def party():
    i = barrier.wait(timeout=5)
    with lock:
        ids.append(i)
ps = [threading.Thread(target=party) for _ in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(ids), fired.count("action"), barrier.broken, barrier.n_waiting)
b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("broken", b2.broken)

bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
sem = threading.Semaphore(0)
print(sem.acquire(timeout=0.01), sem.acquire(blocking=False))

cond = threading.Condition()
state = {"ready": False}
def setter():
    time.sleep(0.02)
    with cond:
        state["ready"] = True
        cond.notify_all()
threading.Thread(target=setter).start()
with cond:
    print("wait_for", cond.wait_for(lambda: state["ready"], timeout=5))
print(type(cond._lock).__name__, threading.RLock is threading._CRLock)

d = threading.Thread(target=time.sleep, args=(0.01,), daemon=True)
print(d.daemon, d.is_alive())
d.start()
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
d.join()
try:
    d.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.get_native_id() == threading.main_thread().native_id)
ev = threading.Event()
print(ev.wait(0.01), ev.is_set())

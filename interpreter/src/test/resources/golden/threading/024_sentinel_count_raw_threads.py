# _thread.start_new_thread, _count and _set_sentinel: the lock a thread's end releases,
# which threading.Thread.join waits on
import _thread
import threading
import time

done = _thread.allocate_lock()
done.acquire()
go = _thread.allocate_lock()  # the worker ends only after the main thread has looked (no race at load)
go.acquire()
box = {}

def worker(a, b, c=None):
    s = _thread._set_sentinel()
    s.acquire()
    box["sentinel"] = s
    box["args"] = (a, b, c)
    box["count_inside"] = _thread._count()
    done.release()
    go.acquire()

before = _thread._count()
ident = _thread.start_new_thread(worker, (1, 2), {"c": 3})
done.acquire()
print("args", box["args"], "count inside", box["count_inside"] - before)
s = box["sentinel"]
print("sentinel held while the thread runs:", s.locked())
go.release()
print("sentinel acquired after the thread ended:", s.acquire(timeout=5))
deadline = time.monotonic() + 5
while _thread._count() != before and time.monotonic() < deadline:
    time.sleep(0.01)
print("count back", _thread._count() - before)
print(isinstance(ident, int))

# threading.Thread keeps its sentinel as _tstate_lock
release = threading.Event()
t = threading.Thread(target=release.wait)
t.start()
print(type(t._tstate_lock).__name__, t.is_alive())
release.set()
t.join()
print(t._tstate_lock, t.is_alive())

# an exception in a raw thread is reported and does not stop the program
ev = _thread.allocate_lock()
ev.acquire()
def boom():
    try:
        raise SystemExit(5)  # silent, as in CPython
    finally:
        ev.release()
_thread.start_new_thread(boom, ())
ev.acquire()
time.sleep(0.05)
print("end")

# _thread's lock and RLock: CPython's argument checks, errors, hooks and reprs
import _thread
import threading

def show(f, *args, **kw):
    try:
        print("->", f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ":", e)

lock = _thread.allocate_lock()
print(type(lock), type(lock) is _thread.LockType, _thread.LockType.__module__)
show(lock.acquire, False, 1)
show(lock.acquire, True, -2)
show(lock.acquire, True, 1e300)
show(lock.acquire, True, 2**40)
show(lock.acquire, True, "x")
show(lock.acquire, timeout=0)
show(lock.acquire, blocking=False)
show(lock.acquire, True, 0.01)
print(repr(lock).split(" at ")[0], lock.locked())
show(lock.release)
show(lock.release)
print(repr(lock).split(" at ")[0])
lock.acquire()
lock._at_fork_reinit()
print("after reinit", lock.locked())
with lock:
    print("in with", lock.locked())
print(hasattr(lock, "_is_owned"), lock.acquire_lock(), lock.locked_lock(), lock.release_lock())
show(_thread.LockType)

r = _thread.RLock()
show(r.release)
show(r._release_save)
print(r._recursion_count(), r._is_owned())
r.acquire(); r.acquire(); r.acquire()
print(r._recursion_count(), r._is_owned(), repr(r).split(" object")[0], "count=3" in repr(r))
state = r._release_save()
print(state[0], state[1] == _thread.get_ident(), r._recursion_count(), r._is_owned())
print(repr(r).split(" at ")[0])
r._acquire_restore(state)
print(r._recursion_count())
for _ in range(3):
    r.release()
show(r.release)

# another thread cannot release an RLock it does not own, but may release a plain lock
r.acquire()
lock.acquire()
out = []
def other():
    try:
        r.release()
    except RuntimeError as e:
        out.append(str(e))
    out.append(r._is_owned())
    out.append(r._recursion_count())
    lock.release()
    out.append(lock.locked())
t = threading.Thread(target=other)
t.start(); t.join()
print(out)
r.release()

class MyRLock(_thread.RLock):
    pass
m = MyRLock()
with m:
    print(type(m).__name__, m._is_owned())

print(_thread.TIMEOUT_MAX == threading.TIMEOUT_MAX, _thread.error is RuntimeError)
print(_thread.stack_size(), _thread.stack_size(65536), _thread.stack_size(), _thread.stack_size(0))
show(_thread.stack_size, 100)
show(_thread.start_new_thread, 1, ())
show(_thread.start_new_thread, print, [])
show(_thread.start_new_thread, print, (), 1)
print(isinstance(_thread.get_native_id(), int), _thread.get_ident() == threading.get_ident())

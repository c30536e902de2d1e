# atexit in C: last registered runs first, after threading's shutdown joins non-daemon threads
# and runs threading._register_atexit callbacks; a failing callback is reported, the rest run
import atexit
import sys
import threading
import time

def say(*args, **kw):
    print("atexit", args, kw, flush=True)

def bad():
    raise KeyError("in callback")

def late_worker():
    time.sleep(0.1)
    print("non-daemon thread finished", flush=True)

print(atexit.register(say, 1, k=2) is say)
atexit.register(bad)
atexit.register(say, "unregistered")
atexit.unregister(say)
atexit.register(say, 3)
atexit.register(lambda: print("lambda atexit", flush=True))
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
threading._register_atexit(print, "threading atexit", flush=True)
threading.Thread(target=late_worker).start()
print("main done", flush=True)

# threading.excepthook is _thread._excepthook: its text, its file, SystemExit, _ExceptHookArgs
import _thread
import io
import sys
import threading

print(threading.excepthook is _thread._excepthook, threading.ExceptHookArgs is _thread._ExceptHookArgs)
print(threading.__excepthook__ is _thread._excepthook)

def fail():
    raise ValueError("bad value")

try:
    fail()
except ValueError as e:
    exc = e

buf = io.StringIO()
saved = sys.stderr
sys.stderr = buf
try:
    args = _thread._ExceptHookArgs((ValueError, exc, exc.__traceback__, None))
    _thread._excepthook(args)
    t = threading.Thread(name="worker-7")
    _thread._excepthook(_thread._ExceptHookArgs((ValueError, exc, exc.__traceback__, t)))
    _thread._excepthook(_thread._ExceptHookArgs((SystemExit, SystemExit(3), None, t)))
finally:
    sys.stderr = saved
lines = buf.getvalue().splitlines()
print(lines[0].startswith("Exception in thread ") and lines[0].endswith(":"))
print([l for l in lines if "worker" in l or l.startswith("ValueError")])
print("SystemExit" in buf.getvalue())

# with sys.stderr None the hook writes to the thread's _stderr (the stderr when it was made)
buf2 = io.StringIO()
t2 = threading.Thread(name="quiet")
t2._stderr = buf2
sys.stderr = None
try:
    _thread._excepthook(_thread._ExceptHookArgs((ValueError, exc, exc.__traceback__, t2)))
    _thread._excepthook(_thread._ExceptHookArgs((ValueError, exc, exc.__traceback__, None)))
finally:
    sys.stderr = saved
print(buf2.getvalue().splitlines()[0], buf2.getvalue().splitlines()[-1])

a = _thread._ExceptHookArgs((1, 2, 3, 4))
print(a, a.exc_type, a.thread, len(a), tuple(a))
for bad in [(1, 2, 3), "x"]:
    try:
        _thread._excepthook(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    _thread._ExceptHookArgs((1, 2, 3))
except TypeError as e:
    print("TypeError:", e)

# a replaced threading.excepthook sees the args of a failing thread
seen = []
threading.excepthook = lambda args: seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t3 = threading.Thread(target=fail, name="T3")
t3.start(); t3.join()
print(seen)
threading.excepthook = threading.__excepthook__

# the real hook on the real stderr: the last stderr line is the exception
t4 = threading.Thread(target=fail, name="T4")
t4.start(); t4.join()
print("done")

# Ctrl-C (SIGINT) reaches the main thread while it waits in join(), Lock.acquire
# and SimpleQueue.get: the wait releases the GIL and is interruptible, as CPython's
import os
import queue
import signal
import threading
import time

def interrupter(delay, hold):
    time.sleep(delay)
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(hold)

t = threading.Thread(target=interrupter, args=(0.1, 0.3))
t.start()
try:
    t.join()
    print("join returned")
except KeyboardInterrupt:
    print("KeyboardInterrupt in join, alive:", t.is_alive())
t.join()
print("joined", t.is_alive())

lock = threading.Lock()
lock.acquire()
t = threading.Thread(target=interrupter, args=(0.1, 0))
t.start()
try:
    lock.acquire(timeout=10)
    print("acquired")
except KeyboardInterrupt:
    print("KeyboardInterrupt in acquire, still locked:", lock.locked())
t.join()

q = queue.SimpleQueue()
t = threading.Thread(target=interrupter, args=(0.1, 0))
t.start()
try:
    q.get()
except KeyboardInterrupt:
    print("KeyboardInterrupt in SimpleQueue.get")
t.join()

# a handler that does not raise: the wait goes on and ends normally
hits = []
old = signal.signal(signal.SIGINT, lambda s, f: hits.append(s))
t = threading.Thread(target=interrupter, args=(0.1, 0.2))
t.start()
t.join()
signal.signal(signal.SIGINT, old)
print("handler ran", hits, "join finished", not t.is_alive())

# os.kill of the interpreter's own process: SIGINT raises KeyboardInterrupt in the main thread
# (default_int_handler) or runs the handler signal() set; a handler for SIGUSR1 runs too.
import os
import time
import _signal as signal

try:
    os.kill(os.getpid(), signal.SIGINT)
    for _ in range(100):
        time.sleep(0.01)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt")

got = []
signal.signal(signal.SIGINT, lambda n, f: got.append(n))
os.kill(os.getpid(), signal.SIGINT)
for _ in range(100):
    if got:
        break
    time.sleep(0.01)
print(got)
signal.signal(signal.SIGUSR1, lambda n, f: got.append(n))
os.kill(os.getpid(), signal.SIGUSR1)
for _ in range(100):
    if len(got) > 1:
        break
    time.sleep(0.01)
print(got)
os.kill(os.getpid(), 0)
try:
    os.kill(99999999, 0)
except ProcessLookupError as e:
    print(type(e).__name__, e.errno)

# _signal: handlers set by signal(), getsignal, raise_signal running the handler before it returns,
# SIG_IGN, default_int_handler raising KeyboardInterrupt, the checks on handler, number and thread.
import _signal as signal
got = []
def handler(signum, frame):
    got.append(signum)
    print("handler", signum, frame is None or True)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)
old = signal.signal(signal.SIGINT, handler)
print(old is signal.default_int_handler)
signal.raise_signal(signal.SIGINT)
print("after", got)
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print("ignored")
signal.signal(signal.SIGUSR1, handler)
signal.raise_signal(signal.SIGUSR1)
print(signal.getsignal(signal.SIGUSR1) is handler)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
try:
    signal.signal(signal.SIGINT, 42)
except TypeError as e:
    print(e)
try:
    signal.signal(999, handler)
except ValueError as e:
    print(e)
print(signal.NSIG, signal.SIGTERM, signal.strsignal(signal.SIGTERM), 2 in signal.valid_signals())
import threading
def other():
    try:
        signal.signal(signal.SIGINT, handler)
    except ValueError as e:
        print(e)
th = threading.Thread(target=other); th.start(); th.join()
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("default_int_handler raises")

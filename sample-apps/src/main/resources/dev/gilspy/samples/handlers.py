# Request handlers of PyService: plain Python that runs unchanged on CPython too
# (python3 -c "exec(open('handlers.py').read()); print(cpu(1000))").
# cpu() keeps the GIL busy the whole request; sleep() releases it in time.sleep, as I/O would.
import time


def cpu(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return "cpu n=%d total=%d" % (n, total)


def sleep(ms):
    time.sleep(ms / 1000.0)
    return "slept %d ms" % ms


def hello(name):
    return "hello, %s" % name

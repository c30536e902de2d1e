# The reference io_latency.py, written so that CPython 2.7 runs it too (no f-strings, no
# perf_counter, no switch interval): the legacy-GIL column compares with this one.
# Usage: io_latency_compat.py [pass]
# With "pass" the spinner runs an empty loop that allocates nothing: the reference's "n += 1" makes
# an int object per turn, which CPython frees at once and a JVM collects, stopping every thread
# about every 20 ms on gilspy; without it the figures are the GIL's hand-off alone.
import sys, threading, time

try:
    clock = time.perf_counter
except AttributeError:
    clock = time.time

stop = [False]

def spin():
    n = 0
    while not stop[0]:
        n += 1

def spin_pass():
    while not stop[0]:
        pass

def io_thread(samples, rounds):
    for _ in range(rounds):
        t0 = clock()
        time.sleep(0.001)
        samples.append((clock() - t0 - 0.001) * 1000)

def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]

def p99(xs):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(len(xs) * 0.99))]

settable = hasattr(sys, "setswitchinterval")
for interval in ((0.005, 0.001) if settable else (None,)):
    if settable:
        sys.setswitchinterval(interval)
    idle = []
    io_thread(idle, 100)
    stop[0] = False
    s = threading.Thread(target=spin_pass if sys.argv[1:] == ["pass"] else spin)
    s.start()
    busy = []
    io_thread(busy, 200)
    stop[0] = True
    s.join()
    label = ("%.0f" % (interval * 1000)) if settable else "ticks"
    print("interval_ms=%s idle_median_ms=%.3f busy_median_ms=%.2f busy_p99_ms=%.2f busy_max_ms=%.2f"
          % (label, median(idle), median(busy), p99(busy), max(busy)))

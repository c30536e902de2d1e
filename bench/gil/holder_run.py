# Median GIL holder run length for 2 CPU-bound threads, measured from Python.
# Each spinning thread watches a shared "owner" slot; when it sees another thread's mark there it has
# just (re)gained the GIL, so it stamps the time and writes its own mark. The gaps between stamps
# are the holders' run lengths. Runs unchanged on CPython 2.7 (tick-based), 3.x and gilspy.
# Usage: holder_run.py [INTERVAL_MS ...]   (default 1 5 20; on 2.7 the interval cannot be set)
import sys, threading, time

try:
    clock = time.perf_counter
except AttributeError:
    clock = time.time

owner = [None]
stamps = []
stop = [False]

def spin(me):
    n = 0
    while not stop[0]:
        n += 1
        if owner[0] is not me:
            stamps.append(clock())
            owner[0] = me

def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]

def measure(seconds):
    owner[0] = None
    del stamps[:]
    stop[0] = False
    ts = [threading.Thread(target=spin, args=("t%d" % i,)) for i in range(2)]
    for t in ts:
        t.start()
    time.sleep(seconds)
    stop[0] = True
    for t in ts:
        t.join()
    runs = [(b - a) * 1000.0 for a, b in zip(stamps, stamps[1:])]
    # the first run starts before both threads are up
    return runs[1:] if len(runs) > 2 else runs

intervals = [float(a) for a in sys.argv[1:]] or [1.0, 5.0, 20.0]
settable = hasattr(sys, "setswitchinterval")
if not settable:
    intervals = intervals[:1]
for ms in intervals:
    if settable:
        sys.setswitchinterval(ms / 1000.0)
    runs = measure(max(1.0, ms * 0.06))
    label = ("%g" % ms) if settable else "ticks"
    if runs:
        print("holder_run interval_ms=%s median_ms=%.3f switches=%d" % (label, median(runs), len(runs)))
    else:
        print("holder_run interval_ms=%s median_ms=nan switches=0" % label)

# Beazley's countdown: the same work sequentially and split over two threads.
# ratio = threaded / sequential (new GIL about 1.0, legacy GIL on multicore > 1, no GIL about 0.5).
# Usage: countdown_ratio.py [TOTAL]   (default 20000000)
import sys, threading, time

try:
    clock = time.perf_counter
except AttributeError:
    clock = time.time

def countdown(n):
    while n > 0:
        n -= 1

total = int(sys.argv[1]) if len(sys.argv) > 1 else 20000000
countdown(total // 4)  # untimed warm-up: a JIT's compile time is not sequential work
# ... nor is the process's first Thread.start (threading's start path runs cold: 20-220 ms on
# gilspy under load, ~3 ms on CPython, the next ones 0.1-8 ms)
w = threading.Thread(target=countdown, args=(1000,))
w.start()
w.join()
# ... nor is the first contention: a JIT compiled the loop while no other thread wanted the GIL, so
# the first drop request deoptimises it (gilspy: the loop ran in slower tiers for ~25 ms at load 12
# before its recompile) and the GIL's hand-off code runs cold for its first few hundred switches.
# Two threads for a few dozen switches first.
ws = [threading.Thread(target=countdown, args=(total // 16,)) for _ in range(2)]
for w in ws:
    w.start()
for w in ws:
    w.join()
t0 = clock()
countdown(total // 2)
countdown(total // 2)
sequential = clock() - t0
ts = [threading.Thread(target=countdown, args=(total // 2,)) for _ in range(2)]
t0 = clock()
for t in ts:
    t.start()
for t in ts:
    t.join()
threaded = clock() - t0
print("countdown total=%d sequential_s=%.2f threaded_s=%.2f ratio=%.2f" % (total, sequential, threaded, threaded / sequential))

# PEP 684/734: two subinterpreters, each with its own GIL, run CPU-bound code in parallel.
# Prints parallel / sequential wall time for the same two pieces of work (about 0.5 when each
# interpreter has its own GIL, about 1.0 when they share one). Needs _interpreters (CPython 3.13,
# gilspy); prints "unavailable" elsewhere.
# Usage: subinterpreters.py [N]   (default 5000000 loop iterations per worker)
import sys, threading, time

try:
    import _interpreters as interpreters
except ImportError:
    interpreters = None

n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000000
code = "n = %d\nwhile n > 0:\n    n -= 1\n" % n

if interpreters is None:
    print("subinterpreters unavailable")
    sys.exit(0)

ids = [interpreters.create() for _ in range(2)]
for i in ids:  # untimed warm-up: a JIT's compile time is not sequential work
    interpreters.run_string(i, "n = %d\nwhile n > 0:\n    n -= 1\n" % (n // 4))
# ... nor is the process's first Thread.start, nor a first run in a thread of its own (threading's
# start path runs cold: 20-220 ms on gilspy under load, ~3 ms on CPython, the next ones 0.1-8 ms)
w = threading.Thread(target=interpreters.run_string, args=(ids[0], "pass"))
w.start()
w.join()
t0 = time.perf_counter()
for i in ids:
    interpreters.run_string(i, code)
sequential = time.perf_counter() - t0
ts = [threading.Thread(target=interpreters.run_string, args=(i, code)) for i in ids]
t0 = time.perf_counter()
for t in ts:
    t.start()
for t in ts:
    t.join()
parallel = time.perf_counter() - t0
for i in ids:
    interpreters.destroy(i)
print("subinterpreters sequential_s=%.2f parallel_s=%.2f ratio=%.2f" % (sequential, parallel, parallel / sequential))

# countdown.py of the reference benchmarks with 4.4x the iterations: about 2 s under gilspy (1.15 s at 2.4x once the
# interpreter got faster, 2026-12-06), long enough that the agent's default start-up delay (1 s) falls inside the run.
# It prints the work it did (bench/run checks every run did the same) and the loop's own time (loop_s).
import time
def countdown(n):
    while n > 0:
        n -= 1
    return n
N = 220_000_000
t0 = time.perf_counter()
left = countdown(N)
print("iterations=%d left=%d loop_s=%.4f" % (N, left, time.perf_counter() - t0))

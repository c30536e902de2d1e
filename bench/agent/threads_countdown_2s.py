# threads_countdown.py of the reference benchmarks with 2.88x the iterations: about 2 s under gilspy (1.67 s at 2.4x, 2026-12-06),
# long enough that the agent's default start-up delay (1 s) falls inside the run.
# It prints the work it did (bench/run checks every run did the same) and the threads' own time (loop_s).
import threading, time
N = 36_000_000
left = []
def countdown(n):
    while n > 0:
        n -= 1
    left.append(n)
ts = [threading.Thread(target=countdown, args=(N,)) for _ in range(4)]
t0 = time.perf_counter()
for t in ts: t.start()
for t in ts: t.join()
print("iterations=%d threads=%d left=%d loop_s=%.4f" % (N, len(left), sum(left), time.perf_counter() - t0))

# threads_countdown.py of the reference benchmarks with 2.88x the iterations: about 2 s under gilspy (1.67 s at 2.4x, 2026-12-06),
# long enough that the agent's default start-up delay (1 s) falls inside the run.
import threading
def countdown(n):
    while n > 0:
        n -= 1
ts = [threading.Thread(target=countdown, args=(36_000_000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()

# The same contended workload (two CPU-bound threads) at several switch intervals. Shorter
# intervals mean more switches (forced drops ~ 1/interval per second) and more overhead; longer
# ones mean longer waits for everyone else. Expect the wall time to grow as the interval shrinks.
import sys
import threading
import time

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000


def countdown(n):
    while n > 0:
        n -= 1


for interval in (0.0001, 0.001, 0.005, 0.02):
    sys.setswitchinterval(interval)
    threads = [threading.Thread(target=countdown, args=(COUNT // 2,)) for _ in range(2)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    print(f"interval {interval * 1000:5.1f} ms: {elapsed:.2f}s")

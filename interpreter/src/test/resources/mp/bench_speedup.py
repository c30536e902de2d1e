"""2 CPU-bound tasks: one after the other in one worker process, then in two worker processes.

Both sides pay for starting their workers, so the ratio is the parallel speedup processes give.
The in-parent sequential time is printed for reference. Usage: bench_speedup.py [N]
"""
import sys
import time
from multiprocessing import Pool


def heavy(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def timed(processes, n):
    t0 = time.perf_counter()
    with Pool(processes=processes) as pool:
        result = pool.map(heavy, [n, n], chunksize=1)
    return time.perf_counter() - t0, result


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
    t0 = time.perf_counter()
    expected = [heavy(n), heavy(n)]
    in_parent = time.perf_counter() - t0
    one, r1 = timed(1, n)
    two, r2 = timed(2, n)
    assert r1 == r2 == expected
    print("in parent %.2f s, 1 process %.2f s, 2 processes %.2f s, speedup %.2fx"
          % (in_parent, one, two, one / two))

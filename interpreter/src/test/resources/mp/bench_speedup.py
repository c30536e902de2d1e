"""Two CPU-bound tasks one after the other, then in two worker processes (pool start-up included)."""
import sys
import time
from multiprocessing import Pool


def heavy(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3_000_000
    t0 = time.perf_counter()
    seq = [heavy(n), heavy(n)]
    t1 = time.perf_counter()
    with Pool(processes=2) as pool:
        par = pool.map(heavy, [n, n])
    t2 = time.perf_counter()
    assert seq == par
    print("sequential %.2f s, 2 processes %.2f s, speedup %.2fx" % (t1 - t0, t2 - t1, (t1 - t0) / (t2 - t1)))

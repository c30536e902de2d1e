"""The issue's four figures: speedup of Pool(2).map over the parent for two tasks of ~T s each,
worker readiness (Pool() to the first result of a trivial task), and the tiny-task round trip.

Usage: bench_warm.py [T seconds, default 0.1] [repeats, default 5]. Prints medians.
"""
import os
import sys
import time
from multiprocessing import Pool


def heavy(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def noop(x):
    return x


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


def load():
    with open('/proc/loadavg') as f:
        return float(f.read().split()[0])


def calibrate(target):
    n = 20000
    while True:
        heavy(n)
        t0 = time.perf_counter()
        heavy(n)
        dt = time.perf_counter() - t0
        if dt >= target / 4:
            break
        n *= 2
    for _ in range(3):
        n = int(n * target / dt)
        t0 = time.perf_counter()
        heavy(n)
        dt = time.perf_counter() - t0
    return n


if __name__ == "__main__":
    target = float(sys.argv[1]) if len(sys.argv) > 1 else 0.1
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    n = calibrate(target)
    ready, cold, warm, seq, rtt = [], [], [], [], []
    for _ in range(reps):
        t0 = time.perf_counter()
        heavy(n)
        heavy(n)
        seq.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        with Pool(2) as pool:
            pool.map(heavy, [n, n], chunksize=1)
            cold.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        with Pool(2) as pool:
            pool.apply(noop, (1,))
            ready.append(time.perf_counter() - t0)
            pool.map(heavy, [n // 10, n // 10], chunksize=1)
            t0 = time.perf_counter()
            pool.map(heavy, [n, n], chunksize=1)
            warm.append(time.perf_counter() - t0)
            for _ in range(50):
                pool.apply(noop, (1,))
            t0 = time.perf_counter()
            for _ in range(200):
                pool.apply(noop, (1,))
            rtt.append((time.perf_counter() - t0) / 200)
    s = median(seq)
    print("task %.3f s; parent both %.3f s; Pool(2) incl. creation %.3f s (%.2fx); "
          "warm pool %.3f s (%.2fx); ready %.1f ms; round trip %.3f ms; load %.1f"
          % (s / 2, s, median(cold), s / median(cold), median(warm), s / median(warm),
             median(ready) * 1000, median(rtt) * 1000, load()))

"""Issue 19's figures, under any Python: do processes pay off?

  speedup  the seed's heavy_compute (sum(i * i for i in range(n))) on two tasks: the parent doing
           both vs Pool(2).map, the pool's creation included; runs alternate, medians of each
  ready    Pool(2) to the first result of a trivial task
  rtt      one tiny task's round trip (pool.apply), median of 1000
  task CPU each task's own CPU time (the first pool's slower task apart) (thread_time) in the parent and in a worker: on a loaded
           machine wall times say little, but a worker that spends no more CPU on a task than the
           warm parent gives the speedup once it has a core of its own

Usage: pool_speedup.py N [REPEATS]; N=3000000 is ~0.1 s per task on CPython 3.11 here.
Prints one line of key=value pairs. Under gilspy, workers pre-started at import
(GILSPY_MP_PRESTART=N) have their warm-up finished before anything is measured, so that the
warm-up's CPU time does not slow down what is measured; the time that takes is printed as warm_s.
"""
import os
import statistics
import sys
import time
from multiprocessing import Pool


def heavy_compute(n):
    return sum(i * i for i in range(n))


def timed_heavy_compute(n):
    """heavy_compute and the CPU time it took in the process that ran it: a figure that load does not
    blur, unlike wall time (a cold worker shows here as more CPU per task than the warm parent)."""
    c0 = time.thread_time()
    result = heavy_compute(n)
    return result, time.thread_time() - c0


def noop(x):
    return x


def wait_for_warm_workers():
    try:
        from multiprocessing import spawn
        wait = spawn.wait_warm
    except (ImportError, AttributeError):
        return 0.0  # CPython: nothing to wait for
    t0 = time.perf_counter()
    wait(60)
    return time.perf_counter() - t0


def load():
    with open('/proc/loadavg') as f:
        return f.read().split()[0]


def main():
    n = int(sys.argv[1])
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    warm_s = wait_for_warm_workers()
    heavy_compute(n)   # the parent runs its tasks warm, as in a real program's steady state
    seq, par, seq_cpu, par_cpu, ready = [], [], [], [], []
    for _ in range(reps):
        t0 = time.perf_counter()
        expected = [timed_heavy_compute(n), timed_heavy_compute(n)]
        seq.append(time.perf_counter() - t0)
        seq_cpu.extend(cpu for _, cpu in expected)
        t0 = time.perf_counter()
        with Pool(2) as pool:
            got = pool.map(timed_heavy_compute, [n, n], chunksize=1)
        par.append(time.perf_counter() - t0)
        par_cpu.extend(cpu for _, cpu in got)
        assert [r for r, _ in got] == [r for r, _ in expected]
    rtt = []
    for _ in range(3):
        t0 = time.perf_counter()
        with Pool(2) as pool:
            pool.apply(noop, (1,))
            ready.append(time.perf_counter() - t0)
            for _ in range(200):
                pool.apply(noop, (1,))
            if not rtt:
                for _ in range(1000):
                    t1 = time.perf_counter()
                    pool.apply(noop, (1,))
                    rtt.append(time.perf_counter() - t1)
    med = statistics.median
    print("n=%d parent_task_cpu_s=%.3f first_pool_task_cpu_s=%.3f worker_task_cpu_s=%.3f seq_s=%.3f pool_s=%.3f speedup=%.2f ready_ms=%.1f "
          "rtt_ms=%.3f warm_s=%.2f load=%s"
          % (n, med(seq_cpu), max(par_cpu[:2]), med(par_cpu), med(seq), med(par), med(seq) / med(par), med(ready) * 1000,
             med(rtt) * 1000, warm_s, load()))


if __name__ == "__main__":
    main()

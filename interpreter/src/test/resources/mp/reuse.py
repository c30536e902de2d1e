# gilspy-specific (MultiprocessingTest): a pool's idle workers serve the script's next pool
import os
import time
from multiprocessing import Pool

calls = []


def pid_and_count(x):
    calls.append(x)
    return os.getpid()


def noop(x):
    return x


def init():
    pass


def ready():
    t0 = time.perf_counter()
    with Pool(2) as p:
        p.apply(noop, (1,))
        elapsed = time.perf_counter() - t0
        pids = set(p.map(pid_and_count, range(8), chunksize=1))
    return elapsed, pids


if __name__ == '__main__':
    cold, first = ready()
    warm, second = ready()
    # the first pool's second worker may still be starting while the first runs all 8 tiny tasks,
    # so compare who served: reuse means the warm pool's workers served the cold one too
    print('reused', bool(first & second))
    print('warm pool ready in under half the cold time', warm < cold / 2)
    with Pool(2, initializer=init) as p:
        third = set(p.map(pid_and_count, range(8), chunksize=1))
    # it may take the warm workers (its initializer runs in them), but must not hand them back
    with Pool(2) as p:
        fourth = set(p.map(pid_and_count, range(8), chunksize=1))
    print('workers of a pool with an initializer are not kept', not (fourth & third))

# gilspy-specific (MultiprocessingTest): pre-started workers warm up, serve the first pool, and
# leave their warm-up at once when a task comes
import os
import time
from multiprocessing import Pool, spawn


def pid(x):
    return os.getpid()


if __name__ == '__main__':
    os.environ['GILSPY_MP_WARMUP'] = '0.2'
    spawn.prestart(2)
    started = {c.pid for c in spawn._idle}
    print('warm-up done', spawn.wait_warm(50))
    with Pool(2) as p:
        pids = set(p.map(pid, range(8), chunksize=1))
    print('the first pool runs on the pre-started workers', pids <= started and len(started) == 2)
    spawn._stop_idle()

    os.environ['GILSPY_MP_WARMUP'] = '600'
    spawn.prestart(1)
    print('a long warm-up is not over', spawn.wait_warm(0.5))
    time.sleep(1)
    t0 = time.perf_counter()
    with Pool(1) as p:
        p.apply(pid, (1,))
    print('a task ends it', time.perf_counter() - t0 < 20, spawn.wait_warm(20))

    os.environ['GILSPY_MP_WARMUP'] = '0'
    spawn._stop_idle()
    spawn.prestart(1)
    print('no warm-up, nothing to wait for', spawn.wait_warm(0))

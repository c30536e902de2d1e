# gilspy-specific (MultiprocessingTest): pre-started workers warm up, serve the first pool, and
# leave their warm-up at once when a task comes
import os
import time
from multiprocessing import Pool, current_process, spawn


def pid(x):
    return os.getpid()


def pid_name(x):
    return os.getpid(), current_process().name


if __name__ == '__main__':
    os.environ['GILSPY_MP_WARMUP'] = '0.2'
    # once the workers are warm, the parent runs a few pools of its own on them; many here, so that
    # the pool below comes while they run
    spawn._PWARM_CYCLES = 40
    spawn.prestart(2)
    started = {c.pid for c in spawn._idle}
    deadline = time.monotonic() + 60
    while spawn._pwarm_state[0] != 'running' and time.monotonic() < deadline:
        time.sleep(0.002)
    print('the parent warms its pool path once its workers are warm', spawn._pwarm_state[0] == 'running')
    with Pool(2) as p:
        got = p.map(pid_name, range(8), chunksize=1)
        names = [w.name for w in p._pool]
    print('the first pool waits for it and runs on the pre-started workers',
          {pid for pid, _ in got} <= started and len(started) == 2)
    print('its workers are numbered as without the warm-up', names,
          {name for _, name in got} <= set(names))
    print('warm-up done', spawn.wait_warm(50), spawn._pwarm_state[0])
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

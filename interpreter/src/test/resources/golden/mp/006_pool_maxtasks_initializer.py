# Pool(maxtasksperchild=...) replaces workers; an initializer shares a Value with every worker
import multiprocessing as mp
import os


def pid_of(x):
    return os.getpid()


counter = None


def init(c):
    global counter
    counter = c


def count(x):
    with counter.get_lock():
        counter.value += x
    return x


if __name__ == '__main__':
    # one worker at a time, so two pids prove a replacement (each worker is a JVM: few of them)
    with mp.Pool(1, maxtasksperchild=2) as pool:
        pids = pool.map(pid_of, range(4), chunksize=1)
    print(len(pids), len(set(pids)) >= 2, os.getpid() not in pids)
    pool = mp.Pool(1, maxtasksperchild=1)
    results = [pool.apply_async(pid_of, (i,)) for i in range(2)]
    pool.close()
    pool.join()
    print(len(set(r.get() for r in results)))
    c = mp.Value('i', 0)
    with mp.Pool(2, initializer=init, initargs=(c,)) as pool:
        print(sum(pool.map(count, range(10))))
    print(c.value)
    try:
        mp.Pool(1, maxtasksperchild=0)
    except ValueError as e:
        print('ValueError', e)

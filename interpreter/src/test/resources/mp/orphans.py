# Started by MultiprocessingTest as a real parent JVM, then SIGKILLed: every descendant must exit.
import multiprocessing as mp
import sys
import time


def spin(x):
    while True:
        time.sleep(0.05)


def blocked(lock, started):
    started.set()
    lock.acquire()   # waits in the parent's hub until the parent dies


def grandparent(ev):
    p = mp.Process(target=spin, args=(0,))
    p.start()
    ev.set()
    p.join()


if __name__ == '__main__':
    pool = mp.Pool(2)
    pool.map_async(spin, [1, 2], chunksize=1)
    lock = mp.Lock()
    lock.acquire()
    started = mp.Event()
    p = mp.Process(target=blocked, args=(lock, started))
    p.start()
    started.wait()
    ev = mp.Event()
    q = mp.Process(target=grandparent, args=(ev,))
    q.start()
    ev.wait()
    time.sleep(0.5)
    sys.stdout.write('ready\n')
    sys.stdout.flush()
    time.sleep(600)

# Value, Array, Lock, Event, Semaphore, Condition shared with child processes
import multiprocessing as mp


def bump(v, a, lock, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1
    with lock:
        for i in range(len(a)):
            a[i] = a[i] * 2


def waiter(ev, sem, q):
    ev.wait()
    with sem:
        q.put('through')


def notifier(cond, box):
    with cond:
        box.value = 42
        cond.notify_all()


if __name__ == '__main__':
    v = mp.Value('i', 0)
    arr = mp.Array('d', [1.0, 2.0, 3.0])
    lock = mp.Lock()
    print(v, v.value, arr[:], len(arr))
    ps = [mp.Process(target=bump, args=(v, arr, lock, 50)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(v.value, arr[:], list(arr), arr[1])
    print(v.get_obj())

    ints = mp.Array('i', 4)
    ints[:] = [1, 2, 3, 4]
    ints[0] = 2 ** 31
    print(ints[:], mp.Value('d').value, mp.Value('i', 7, lock=False).value)
    raw = mp.RawValue('i', 3)
    raw.value += 1
    print(raw.value)

    ev, sem, q = mp.Event(), mp.Semaphore(2), mp.Queue()
    print(ev.is_set(), sem.get_value())
    p = mp.Process(target=waiter, args=(ev, sem, q))
    p.start()
    ev.set()
    print(q.get(), ev.is_set())
    p.join()
    print(sem.get_value())

    cond = mp.Condition()
    box = mp.Value('i', 0)
    with cond:
        p = mp.Process(target=notifier, args=(cond, box))
        p.start()
        print(cond.wait_for(lambda: box.value == 42, timeout=60), box.value)
    p.join()

    rl = mp.RLock()
    with rl:
        with rl:
            print('re-entered')
    print(lock.acquire(False), lock.acquire(False))
    lock.release()

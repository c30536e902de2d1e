import threading

lock = threading.Lock()
rlock = threading.RLock()


def guarded(n):
    with lock:
        for i in range(n):
            yield i, lock.locked()
    yield "after", lock.locked()


print(list(guarded(3)))

g = guarded(5)
print(next(g), lock.locked())
g.close()
print("closed", lock.locked())


def reentrant(depth):
    with rlock:
        if depth:
            yield from reentrant(depth - 1)
        yield depth


print(list(reentrant(3)))
acquired = rlock.acquire(blocking=False)
print(acquired)
rlock.release()


def stop_inside():
    with lock:
        yield 1
        raise RuntimeError("inside")


try:
    for v in stop_inside():
        pass
except RuntimeError as e:
    print(e, lock.locked())

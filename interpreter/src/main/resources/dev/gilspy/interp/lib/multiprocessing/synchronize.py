"""Lock, RLock, Semaphore, BoundedSemaphore, Event, Condition, Barrier usable across processes.

Each wraps a `threading` primitive that lives in the process that created it; other processes
reach it through the hub (see multiprocessing._hub).
"""

import threading
from multiprocessing._hub import Handle

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier']


class _Shared:
    def _init(self, obj):
        self._h = Handle(obj)

    def __getstate__(self):
        return {'_h': self._h}

    def __setstate__(self, state):
        self._h = state['_h']

    def _local(self):
        return self._h.obj


class _LockBase(_Shared):
    def acquire(self, block=True, timeout=None):
        if timeout is None:
            return self._h.call('acquire', block)
        return self._h.call('acquire', block, timeout)

    def release(self):
        return self._h.call('release')

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


class Lock(_LockBase):
    def __init__(self, *, ctx=None):
        self._init(threading.Lock())

    def __repr__(self):
        return '<Lock(owner=%s)>' % ('unknown' if self._h.obj is None or self._h.obj.locked() else 'None')


class RLock(_LockBase):
    def __init__(self, *, ctx=None):
        self._init(threading.RLock())

    def __repr__(self):
        return '<RLock(unknown, unknown)>'


class Semaphore(_LockBase):
    def __init__(self, value=1, *, ctx=None):
        self._init(_Sem(threading.Semaphore(value), value))

    def get_value(self):
        return self._h.call('get_value')

    def __repr__(self):
        return '<%s(value=%s)>' % (type(self).__name__, self.get_value())


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, ctx=None):
        self._init(_Sem(threading.BoundedSemaphore(value), value))


class _Sem:
    """A semaphore that can tell its value, as CPython's does on Linux."""

    def __init__(self, sem, value):
        self._sem = sem
        self._value = value
        self._lock = threading.Lock()

    def acquire(self, block=True, timeout=None):
        ok = self._sem.acquire(block, timeout)
        if ok:
            with self._lock:
                self._value -= 1
        return ok

    def release(self):
        self._sem.release()
        with self._lock:
            self._value += 1

    def get_value(self):
        return self._value


class Condition(_Shared):
    def __init__(self, lock=None, *, ctx=None):
        if lock is None:
            inner = threading.RLock()
        elif isinstance(lock, _Shared) and lock._local() is not None:
            inner = lock._local()
            if isinstance(inner, _Sem):
                inner = inner._sem
        else:
            raise ValueError('a Condition must be made in the process that made its lock')
        self._init(threading.Condition(inner))

    def acquire(self, block=True, timeout=None):
        if timeout is None:
            return self._h.call('acquire', block)
        return self._h.call('acquire', block, timeout)

    def release(self):
        return self._h.call('release')

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def wait(self, timeout=None):
        return self._h.call('wait', timeout)

    def wait_for(self, predicate, timeout=None):
        # the predicate runs here, between waits, as in CPython
        import time
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = time.monotonic() + waittime
                else:
                    waittime = endtime - time.monotonic()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        return self._h.call('notify', n)

    def notify_all(self):
        return self._h.call('notify_all')


class Event(_Shared):
    def __init__(self, *, ctx=None):
        self._init(threading.Event())

    def is_set(self):
        return self._h.call('is_set')

    def set(self):
        return self._h.call('set')

    def clear(self):
        return self._h.call('clear')

    def wait(self, timeout=None):
        return self._h.call('wait', timeout)


class Barrier(_Shared):
    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        self._init(threading.Barrier(parties, action, timeout))

    def wait(self, timeout=None):
        return self._h.call('wait', timeout)

    def abort(self):
        return self._h.call('abort')

    def reset(self):
        return self._h.call('reset')

    @property
    def parties(self):
        return self._h.call('__getattribute__', 'parties')

    @property
    def n_waiting(self):
        return self._h.call('__getattribute__', 'n_waiting')

    @property
    def broken(self):
        return self._h.call('__getattribute__', 'broken')

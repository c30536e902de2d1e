"""`Pipe()`: two Connection ends; each end's inbox lives in the process that made the pipe.

Messages cross processes pickled, through the hub (see multiprocessing._hub) when an end has been
sent to another process. As with a pipe's file descriptors, the reading end gets EOFError (and
poll() turns true) once every copy of the writing end is closed or its process has ended.
"""

import pickle
import threading
from collections import deque
from multiprocessing._hub import Handle

__all__ = ['Connection', 'Pipe', 'wait']


class _Channel:
    """One direction of a pipe: bytes messages, and whether the writing end has closed."""

    def __init__(self):
        self._items = deque()
        self._cond = threading.Condition(threading.Lock())
        self._closed = False
        self._writers = {0}     # the write ends open: 0 is the one made with the pipe
        self._next = 0

    def _lease(self):
        with self._cond:
            self._next += 1
            self._writers.add(self._next)
            return self._next

    def _unlease(self, token):
        with self._cond:
            self._writers.discard(token)
            if not self._writers:
                self._closed = True
                self._cond.notify_all()

    def put(self, data):
        with self._cond:
            if self._closed:
                raise OSError('the other end of the pipe is closed')
            self._items.append(data)
            self._cond.notify()

    def get(self):
        with self._cond:
            while not self._items:
                if self._closed:
                    raise EOFError
                self._cond.wait()
            return self._items.popleft()

    def poll(self, timeout):
        with self._cond:
            if not self._items and not self._closed and timeout != 0:
                self._cond.wait(timeout)
            return bool(self._items) or self._closed



class Connection:
    def __init__(self, inbox, outbox, readable=True, writable=True, token=0):
        self._in = inbox
        self._out = outbox
        self._readable = readable
        self._writable = writable
        self._closed = False
        self._token = token

    def __reduce__(self):
        self._check_closed()
        return (_rebuild, (self._in, self._out, self._readable, self._writable))

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def _check_closed(self):
        if self._closed:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    def send_bytes(self, buf, offset=0, size=None):
        self._check_closed()
        self._check_writable()
        data = bytes(buf)
        if size is None:
            size = len(data) - offset
        self._out.call('put', data[offset:offset + size])

    def send(self, obj):
        self._check_closed()
        self._check_writable()
        self._out.call('put', pickle.dumps(obj))

    def recv_bytes(self, maxlength=None):
        self._check_closed()
        self._check_readable()
        return self._in.call('get')

    def recv(self):
        self._check_closed()
        self._check_readable()
        return pickle.loads(self._in.call('get'))

    def poll(self, timeout=0.0):
        self._check_closed()
        self._check_readable()
        return self._in.call('poll', timeout)

    def close(self):
        if not self._closed:
            self._closed = True
            if self._writable and self._out is not None:
                try:
                    self._out.call('_unlease', self._token)
                except (OSError, EOFError):
                    pass

    def fileno(self):
        self._check_closed()
        return id(self) & 0x7fffffff

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def _rebuild(inbox, outbox, readable, writable):
    # each copy of a write end counts: the reader sees EOF once every copy is closed (or its process gone)
    token = outbox.call('_lease') if writable and outbox is not None else 0
    return Connection(inbox, outbox, readable, writable, token)


def Pipe(duplex=True):
    a, b = Handle(_Channel()), Handle(_Channel())
    if duplex:
        return Connection(a, b), Connection(b, a)
    return Connection(a, None, True, False), Connection(None, a, False, True)


def wait(object_list, timeout=None):
    """The Connections of `object_list` that are ready to read (polled, not selected)."""
    import time
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        ready = [c for c in object_list if isinstance(c, Connection) and c.poll(0)]
        if ready or (deadline is not None and time.monotonic() >= deadline):
            return ready
        time.sleep(0.001)

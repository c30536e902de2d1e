"""`multiprocessing.Queue`: items cross processes pickled; the process that made the queue holds it.

The owner keeps a `queue.Queue` of pickled items. A copy sent to any other process (as a Process
or Pool task argument, or inside another shared object) reaches it through the owner's hub
(see multiprocessing._hub), so a queue made in a child can be passed on as well.
"""

import os
import pickle
import queue
import threading

from multiprocessing._hub import Handle

from queue import Empty, Full

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue', 'Empty', 'Full']


class _Store:
    """The owner's side of a Queue: pickled items in a queue.Queue, served to other processes by the hub."""

    def __init__(self, maxsize):
        self.q = queue.Queue(maxsize)

    def put(self, data, block=True, timeout=None):
        self.q.put(data, block, timeout)

    def get(self, block=True, timeout=None):
        return self.q.get(block, timeout)

    def qsize(self):
        return self.q.qsize()

    def full(self):
        return self.q.full()

    def task_done(self):
        self.q.task_done()

    def join(self):
        self.q.join()


class Queue:
    """Items are pickled on put, so later changes to an object do not reach the queue (as in CPython)."""

    def __init__(self, maxsize=0, *, ctx=None):
        self._h = Handle(_Store(maxsize))
        self._closed = False

    def __getstate__(self):
        return {'_h': self._h}

    def __setstate__(self, state):
        self._h = state['_h']
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise ValueError('Queue %r is closed' % self)

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        self._h.call('put', pickle.dumps(obj), block, timeout)

    def get(self, block=True, timeout=None):
        self._check_closed()
        return pickle.loads(self._h.call('get', block, timeout))

    def qsize(self):
        return self._h.call('qsize')

    def empty(self):
        return self.qsize() == 0

    def full(self):
        return self._h.call('full')

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass

    def __repr__(self):
        return '<multiprocessing.queues.Queue object at %#x>' % id(self)


class SimpleQueue(Queue):
    def __init__(self, *, ctx=None):
        Queue.__init__(self)


class JoinableQueue(Queue):
    """task_done/join are counted in the owning process only."""

    def __init__(self, maxsize=0, *, ctx=None):
        Queue.__init__(self, maxsize)

    def task_done(self):
        self._h.call('task_done')

    def join(self):
        self._h.call('join')

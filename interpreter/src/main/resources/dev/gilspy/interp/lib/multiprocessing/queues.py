"""`multiprocessing.Queue`: items cross processes pickled; the process that made the queue holds it.

The owner keeps a `queue.Queue` of pickled items. A copy sent to a child (as a Process or task
argument) becomes a proxy whose put/get travel over the child's pipe to the owner, which serves
them while it reads that child's messages (see spawn.ChildConnection).
"""

import os
import pickle
import queue
import threading

from queue import Empty, Full

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue', 'Empty', 'Full']

_owned_queues = {}
_next_id = [0]
_id_lock = threading.Lock()


def _owned(qid):
    return _owned_queues[qid]


def _rebuild(qid):
    q = _owned_queues.get(qid)
    if q is not None:
        return q
    q = Queue.__new__(Queue)
    q._qid = qid
    q._q = None
    q._closed = False
    return q


class Queue:
    def __init__(self, maxsize=0, *, ctx=None):
        with _id_lock:
            _next_id[0] += 1
            self._qid = '%d:%d' % (os.getpid(), _next_id[0])
        self._q = queue.Queue(maxsize)
        self._closed = False
        _owned_queues[self._qid] = self

    def __reduce__(self):
        return (_rebuild, (self._qid,))

    def _check_closed(self):
        if self._closed:
            raise ValueError('Queue %r is closed' % self)

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        data = pickle.dumps(obj)
        if self._q is not None:
            self._q.put(data, block, timeout)
        else:
            from multiprocessing import spawn
            with spawn._child_lock:
                spawn.child_send(('q', 'put', self._qid, data))

    def get(self, block=True, timeout=None):
        self._check_closed()
        if self._q is not None:
            return pickle.loads(self._q.get(block, timeout))
        from multiprocessing import spawn
        reply = spawn.child_request(('q', 'get', self._qid, block, timeout))
        if not reply[1]:
            raise Empty
        return pickle.loads(reply[2])

    def qsize(self):
        if self._q is not None:
            return self._q.qsize()
        from multiprocessing import spawn
        return spawn.child_request(('q', 'qsize', self._qid))[2]

    def empty(self):
        return self.qsize() == 0

    def full(self):
        return self._q is not None and self._q.full()

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
        self._q.task_done()

    def join(self):
        self._q.join()

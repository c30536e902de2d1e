"""`multiprocessing.Pool`: a fixed set of worker processes fed from one task queue.

Each worker has a feeder thread in the parent that takes the next task, sends it and waits for
its result with the GIL dropped, so the workers run in parallel while the parent sleeps. Tasks
are pickled in the caller's thread, so an unpicklable function fails where it was submitted.
A worker that dies fails its task with BrokenProcessPool instead of hanging (CPython's Pool
would wait forever) and is replaced while the pool is running. When a pool ends, its idle workers
(no initializer, no maxtasksperchild) go back to spawn's warm list for the script's next pool.
ThreadPool has the same API over threads of this process.
"""

import _thread
import os
import pickle
import queue
import threading

from multiprocessing import spawn
from multiprocessing.process import current_process
# imported here, not when a worker dies: an import from a feeder thread can deadlock with the
# main thread's imports (the module table's monitor is held without the GIL being dropped)
from concurrent.futures.process import BrokenProcessPool

__all__ = ['Pool', 'ThreadPool', 'AsyncResult', 'ApplyResult', 'MapResult', 'IMapIterator']

INIT = 'INIT'
RUN = 'RUN'
CLOSE = 'CLOSE'
TERMINATE = 'TERMINATE'

_live_pools = []
_atexit_done = [False]


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback('\n"""\n' + tb + '"""')
    return exc


def _unpack_result(ok, data):
    if ok:
        return True, pickle.loads(data)
    exc, tb = pickle.loads(data)
    return False, _rebuild_exc(exc, tb)


def _broken_error(worker, code):
    return BrokenProcessPool('A worker process of the pool (pid %s) terminated abruptly (exit code %s) '
                             'while running this task' % (worker.pid, code))


class _Worker:
    def __init__(self, pool, initializer_blob):
        self.identity = spawn.next_identity()
        self.name = 'SpawnPoolWorker-%d' % self.identity
        self.conn = spawn.take(self.name, 'pool')
        self.busy = False
        self.lock = threading.Lock()
        self.pid = self.conn.pid
        self.pool = pool
        if initializer_blob is not None:
            self.conn.send_task(-1, initializer_blob)
        # A bare thread rather than threading.Thread: its start() waits until the new thread has run
        # and signalled it, a hand-over of the GIL on the pool's critical path (5-22 ms per worker at
        # load 15, measured with GILSPY_MP_TRACE), and its join() is another; `_done` serves as join
        self._done = _thread.allocate_lock()
        self._done.acquire()
        _thread.start_new_thread(self._run, ())

    def _run(self):
        try:
            _thread._set_thread_name('feeder-' + self.name)
        except AttributeError:
            pass
        try:
            self._serve()
        finally:
            self._done.release()

    def join(self, timeout=None):
        """Waits until the feeder thread has ended; False after `timeout` seconds."""
        if self._done.acquire(True, -1 if timeout is None else timeout):
            self._done.release()
            return True
        return False

    def _serve(self):
        pool = self.pool
        conn = self.conn
        if pool._initializer_blob is not None:
            try:
                msg = conn.recv()
            except EOFError:
                msg = None
            if msg is None or not msg[2]:
                pool._initializer_failed(self, msg)
                return
        done = 0
        while True:
            if pool._maxtasks is not None and done >= pool._maxtasks:
                # retire like CPython's worker after maxtasksperchild tasks; a fresh one takes over
                try:
                    conn.send(('stop',))
                except OSError:
                    pass
                conn.wait(10)
                pool._replace(self)
                return
            item = pool._taskqueue.get()
            with self.lock:
                if item is None or pool._state == TERMINATE:
                    self._retire()
                    return
                self.busy = True
            job, i, blob = item
            try:
                spawn.trace('feeder %s sends task %d' % (self.name, i))
                conn.send_task(i, blob)
                msg = conn.recv()
                spawn.trace('feeder %s got task %d' % (self.name, i))
            except (EOFError, OSError):
                code = conn.wait(5)
                # replace first: once the caller sees the error it may terminate the pool
                pool._replace(self)
                job._set(i, False, _broken_error(self, code))
                return
            ok, value = _unpack_result(msg[2], msg[3])
            done += 1
            with self.lock:
                self.busy = False
            job._set(i, ok, value)

    def _retire(self):
        if self.pool._recycle and not self.killed:
            self.recycled = True
            spawn.give_back(self.conn)
            return
        try:
            self.conn.send(('stop',))
        except OSError:
            pass

    killed = False
    recycled = False

    def kill_if_busy(self):
        """terminate(): a worker amid a task is killed; an idle one retires (and may be reused)."""
        with self.lock:
            if self.busy or not self.pool._recycle:
                self.killed = True
        if self.killed:
            self.conn.kill()

    def kill(self):
        self.killed = True
        self.conn.kill()

    def reap(self, timeout):
        if not self.killed:
            self.join(timeout)
            if self.recycled:
                return
        self.conn.wait(timeout)
        self.conn.close()


class _ThreadWorker:
    """A ThreadPool worker: a thread of this process that runs tasks as they come."""

    def __init__(self, pool, initializer):
        self.pool = pool
        self.thread = threading.Thread(target=self._serve, args=(initializer,), daemon=True)
        self.thread.start()

    def join(self, timeout=None):
        self.thread.join(timeout)

    def _serve(self, initializer):
        pool = self.pool
        if initializer is not None:
            func, args = initializer
            func(*args)
        while True:
            item = pool._taskqueue.get()
            if item is None or pool._state == TERMINATE:
                return
            job, i, (kind, func, args, kwargs) = item
            try:
                if kind == 'call':
                    value = func(*args, **kwargs)
                elif kind == 'map':
                    value = [func(x) for x in args]
                else:
                    value = [func(*x) for x in args]
                ok = True
            except Exception as e:
                value, ok = e, False
            job._set(i, ok, value)
            del item, job, value

    def kill(self):
        pass

    kill_if_busy = kill

    def reap(self, timeout):
        pass


class Pool:
    _wrap_exception = True

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        spawn.trace('Pool()')
        self._state = INIT
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._taskqueue = queue.Queue()
        self._lock = threading.Lock()
        self._maxtasks = maxtasksperchild
        self._funcs = {}
        # a worker that ran no initializer and may run any number of tasks can serve the next pool
        self._recycle = initializer is None and maxtasksperchild is None
        self._setup_initializer(initializer, initargs)
        self._pool = []
        self._state = RUN
        try:
            for _ in range(processes):
                self._pool.append(self._new_worker())
        except BaseException:
            self.terminate()
            raise
        _live_pools.append(self)
        _register_atexit()
        spawn.trace('Pool() ready')

    def _setup_initializer(self, initializer, initargs):
        self._initializer_blob = None
        if initializer is not None:
            self._initializer_blob = pickle.dumps(('call', initializer, tuple(initargs), {}))

    def _new_worker(self):
        return _Worker(self, self._initializer_blob)

    def _replace(self, dead):
        with self._lock:
            # while closing, a retired worker's successor still runs the tasks left (as in CPython)
            if self._state == TERMINATE:
                return
            if dead in self._pool:
                self._pool.remove(dead)
            dead.conn.close()
            self._pool.append(self._new_worker())

    def _initializer_failed(self, worker, msg):
        # CPython keeps restarting such workers forever; fail the pool's tasks instead
        self._state = TERMINATE
        err = RuntimeError('Pool initializer failed in %s' % worker.name)
        if msg is not None and not msg[2]:
            err = _unpack_result(False, msg[3])[1]
        while True:
            try:
                item = self._taskqueue.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                item[0]._set(item[1], False, err)

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def __repr__(self):
        return '<%s.%s state=%s pool_size=%d>' % (type(self).__module__, type(self).__qualname__,
                                                  self._state, len(self._pool))

    def _put(self, job, i, kind, func, args, kwargs):
        # the function is pickled once per pool and sent as bytes that the worker unpickles once
        cached = self._funcs.get(id(func))
        if cached is None or cached[0] is not func:
            cached = (func, pickle.dumps(func))
            if len(self._funcs) >= 256:
                self._funcs.clear()
            self._funcs[id(func)] = cached
        self._taskqueue.put((job, i, pickle.dumps((kind, cached[1], args, kwargs))))

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        job = ApplyResult(self, callback, error_callback)
        self._put(job, 0, 'call', func, tuple(args), dict(kwds))
        return job

    def _chunks(self, iterable, chunksize):
        items = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(items), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if chunksize < 1 and items:
            chunksize = 1
        return [items[i:i + chunksize] for i in range(0, len(items), max(chunksize, 1))], len(items)

    def _map_async(self, func, iterable, kind, chunksize, callback, error_callback):
        self._check_running()
        chunks, n = self._chunks(iterable, chunksize)
        job = MapResult(self, len(chunks), callback, error_callback)
        for i, chunk in enumerate(chunks):
            self._put(job, i, kind, func, chunk, {})
        return job

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, 'map', chunksize, None, None).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, 'starmap', chunksize, None, None).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, 'map', chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, 'starmap', chunksize, callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        chunks, n = self._chunks(iterable, chunksize)
        it = IMapIterator(self, len(chunks), ordered)
        for i, chunk in enumerate(chunks):
            self._put(it, i, 'map', func, chunk, {})
        return it

    def close(self):
        with self._lock:
            if self._state != RUN:
                return
            self._state = CLOSE
            n = len(self._pool)
        for _ in range(n):
            self._taskqueue.put(None)

    def terminate(self):
        with self._lock:
            # under the lock, so that no replacement worker appears after this snapshot
            if self._state == TERMINATE:
                return
            self._state = TERMINATE
            workers = list(self._pool)
        for w in workers:
            w.kill_if_busy()
        for _ in workers:
            self._taskqueue.put(None)
        for w in workers:
            w.reap(5)
        if self in _live_pools:
            _live_pools.remove(self)

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        if self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        joined = set()
        while True:
            # a worker retiring after maxtasksperchild may add its successor meanwhile
            with self._lock:
                left = [w for w in self._pool if w not in joined]
            if not left:
                break
            for w in left:
                w.join()
                joined.add(w)
        for w in list(self._pool):
            w.reap(10)
        if self in _live_pools:
            _live_pools.remove(self)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


def _register_atexit():
    if not _atexit_done[0]:
        _atexit_done[0] = True
        threading._register_atexit(_terminate_all)


def _terminate_all():
    for p in list(_live_pools):
        p.terminate()
    # the workers they handed back, whichever exit hook runs first
    spawn._stop_idle()


class ApplyResult:
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._callback = callback
        self._error_callback = error_callback
        self._success = None
        self._value = None

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        from multiprocessing import TimeoutError as _Timeout
        self.wait(timeout)
        if not self.ready():
            raise _Timeout
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, success, value):
        self._success, self._value = success, value
        if self._callback and success:
            self._callback(value)
        if self._error_callback and not success:
            self._error_callback(value)
        self._event.set()

    def __repr__(self):
        return '<multiprocessing.pool.%s object at %#x>' % (type(self).__name__, id(self))


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, nchunks, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._chunks = [None] * nchunks
        self._left = nchunks
        self._lock = threading.Lock()
        self._success = True
        if nchunks == 0:
            self._value = []
            self._event.set()

    def _set(self, i, success, value):
        with self._lock:
            if self._event.is_set():
                return
            if not success:
                self._success = False
                self._value = value
                if self._error_callback:
                    self._error_callback(value)
                self._event.set()
                return
            self._chunks[i] = value
            self._left -= 1
            if self._left == 0:
                result = []
                for c in self._chunks:
                    result.extend(c)
                self._value = result
                if self._callback:
                    self._callback(result)
                self._event.set()


class IMapIterator:
    def __init__(self, pool, nchunks, ordered):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._ordered = ordered
        self._chunks = {}
        self._arrived = []
        self._next_chunk = 0
        self._nchunks = nchunks
        self._buffer = []

    def __iter__(self):
        return self

    def _set(self, i, success, value):
        with self._cond:
            self._chunks[i] = (success, value)
            self._arrived.append(i)
            self._cond.notify_all()

    def next(self, timeout=None):
        from multiprocessing import TimeoutError as _Timeout
        while not self._buffer:
            if self._next_chunk >= self._nchunks:
                raise StopIteration
            with self._cond:
                if self._ordered:
                    key = self._next_chunk
                    if key not in self._chunks:
                        self._cond.wait_for(lambda: key in self._chunks, timeout)
                    if key not in self._chunks:
                        raise _Timeout
                else:
                    if not self._arrived:
                        self._cond.wait_for(lambda: self._arrived, timeout)
                    if not self._arrived:
                        raise _Timeout
                    key = self._arrived.pop(0)
                success, value = self._chunks.pop(key)
                if self._ordered:
                    self._arrived.remove(key)
            self._next_chunk += 1
            if not success:
                raise value
            self._buffer = list(value)
        return self._buffer.pop(0)

    __next__ = next


class ThreadPool(Pool):
    """Pool's API over threads of this process: no pickling, exceptions raised as they are."""

    _wrap_exception = False

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _setup_initializer(self, initializer, initargs):
        self._initializer_blob = None
        self._thread_init = None if initializer is None else (initializer, tuple(initargs))

    def _new_worker(self):
        return _ThreadWorker(self, self._thread_init)

    def _put(self, job, i, kind, func, args, kwargs):
        self._taskqueue.put((job, i, (kind, func, args, kwargs)))

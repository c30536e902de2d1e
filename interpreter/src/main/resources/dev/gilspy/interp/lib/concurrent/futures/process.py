"""ProcessPoolExecutor: futures computed in worker processes (child JVMs, spawn semantics).

Workers are started on demand up to max_workers and reused. Each has a feeder thread in the
parent that sends one call at a time and waits for its result with the GIL dropped. If a worker
dies (crash, SIGKILL), the pool is broken as in CPython: every running and pending future gets
BrokenProcessPool and later submits raise it; nothing waits forever.
"""

import os
import queue
import threading

from concurrent.futures import _base

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']

_live_executors = []
_atexit_done = [False]


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly while a future was in the running state."""


class _RemoteTraceback(Exception):
    __module__ = 'concurrent.futures.process'

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _WorkItem:
    def __init__(self, future, blob):
        self.future = future
        self.blob = blob


class _Worker:
    def __init__(self, executor):
        from multiprocessing import spawn
        self.identity = spawn.next_identity()
        self.name = 'SpawnProcess-%d' % self.identity
        self.conn = spawn.ChildConnection(self.name, 'executor')
        self.executor = executor
        self.thread = threading.Thread(target=self._serve, name='feeder-' + self.name, daemon=True)
        self.thread.start()

    def _serve(self):
        import pickle
        ex = self.executor
        conn = self.conn
        if ex._initializer_blob is not None:
            try:
                conn.send(('task', -1, ex._initializer_blob))
                msg = conn.recv()
            except (EOFError, OSError):
                msg = None
            if msg is None or not msg[2]:
                ex._set_broken('A child process terminated abruptly, the process pool is not usable anymore'
                               if msg is None else 'A process in the initializer failed')
                return
        while True:
            item = ex._work.get()
            if item is None:
                try:
                    conn.send(('stop',))
                except OSError:
                    pass
                return
            if ex._broken:
                item.future.set_exception(BrokenProcessPool(ex._broken))
                continue
            if not item.future.set_running_or_notify_cancel():
                continue
            ex._idle_dec()
            try:
                conn.send(('task', 0, item.blob))
                msg = conn.recv()
            except (EOFError, OSError):
                conn.wait(5)
                item.future.set_exception(BrokenProcessPool(
                    "A process in the process pool was terminated abruptly while the future was running or pending."))
                ex._set_broken('A child process terminated abruptly, the process pool is not usable anymore')
                return
            finally:
                ex._idle_inc()
            if msg[2]:
                try:
                    item.future.set_result(pickle.loads(msg[3]))
                except BaseException as e:
                    item.future.set_exception(e)
            else:
                exc, tb = pickle.loads(msg[3])
                exc.__cause__ = _RemoteTraceback('\n"""\n' + tb + '"""')
                item.future.set_exception(exc)


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._initializer_blob = None
        if initializer is not None:
            import pickle
            self._initializer_blob = pickle.dumps(('call', initializer, tuple(initargs), {}))
        self._work = queue.Queue()
        self._workers = []
        self._lock = threading.Lock()
        self._idle = 0
        self._pending = 0
        self._shutdown_flag = False
        self._broken = False
        _live_executors.append(self)
        if not _atexit_done[0]:
            _atexit_done[0] = True
            threading._register_atexit(_python_exit)

    def _idle_inc(self):
        with self._lock:
            self._idle += 1

    def _idle_dec(self):
        with self._lock:
            self._idle -= 1

    def _set_broken(self, message):
        with self._lock:
            if self._broken:
                return
            self._broken = message
            workers = list(self._workers)
        for w in workers:
            w.conn.kill()
        while True:
            try:
                item = self._work.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                item.future.set_exception(BrokenProcessPool(
                    "A process in the process pool was terminated abruptly while the future was running or pending."))
        for _ in workers:
            self._work.put(None)

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_flag:
                raise RuntimeError('cannot schedule new futures after shutdown')
        import pickle
        f = _base.Future()
        try:
            blob = pickle.dumps(('call', fn, args, kwargs))
        except BaseException as e:
            # CPython fails the future, not the submit call
            f.set_exception(e)
            return f
        self._work.put(_WorkItem(f, blob))
        with self._lock:
            if self._idle <= 0 and len(self._workers) < self._max_workers:
                w = _Worker(self)
                self._workers.append(w)
                self._idle += 1
        return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            already = self._shutdown_flag
            self._shutdown_flag = True
            workers = list(self._workers)
        if cancel_futures:
            while True:
                try:
                    item = self._work.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.cancel()
        if not already:
            for _ in workers:
                self._work.put(None)
        if wait:
            for w in workers:
                w.thread.join()
            for w in workers:
                if w.conn.wait(10) is None:
                    w.conn.kill()
                    w.conn.wait(5)
                w.conn.close()
            if self in _live_executors:
                _live_executors.remove(self)


def _python_exit():
    for ex in list(_live_executors):
        ex.shutdown(wait=True)

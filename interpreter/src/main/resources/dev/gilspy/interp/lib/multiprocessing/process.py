"""`Process`, `current_process`, `active_children`: one child JVM per Process (spawn semantics)."""

import os
import sys

__all__ = ['BaseProcess', 'Process', 'current_process', 'parent_process', 'active_children']

_children = set()
_atexit_registered = [False]


class BaseProcess:
    _start_method = 'spawn'

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        self._identity = _next_identity()
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or '%s-%d' % ('SpawnProcess' if type(self) is Process else type(self).__name__,
                                        self._identity)
        self._daemonic = daemon if daemon is not None else current_process().daemon
        self._conn = None
        self._exitcode = None
        self._closed = False
        self._in_child = False
        self._pump = None

    def __getstate__(self):
        return {'_identity': self._identity, '_target': self._target, '_args': self._args,
                '_kwargs': self._kwargs, '_name': self._name, '_daemonic': self._daemonic}

    def __setstate__(self, state):
        for k, v in state.items():
            setattr(self, k, v)
        self._conn = None
        self._exitcode = None
        self._closed = False
        self._in_child = True
        self._pump = None

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        self._check_closed()
        assert self._conn is None, 'cannot start a process twice'
        import pickle
        from multiprocessing import spawn
        blob = pickle.dumps(self)
        _register_atexit()
        self._conn = spawn.ChildConnection(self._name, 'process')
        self._conn.send(('run', blob))
        _children.add(self)
        import threading
        self._pump = threading.Thread(target=self._serve, name='pump-' + self._name, daemon=True)
        self._pump.start()

    def _serve(self):
        # forwards output and answers Queue requests until the child closes its end
        try:
            while True:
                self._conn.recv()
        except (EOFError, OSError):
            pass

    def _check_closed(self):
        if self._closed:
            raise ValueError('process object is closed')

    def join(self, timeout=None):
        self._check_closed()
        assert self._conn is not None, 'can only join a started process'
        code = self._conn.wait(timeout)
        if code is not None:
            self._finish(code)

    def _finish(self, code):
        self._exitcode = code
        if self._pump is not None and self._pump.ident != _thread_ident():
            self._pump.join(5)
        self._conn.close()
        _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self._conn is None:
            return False
        if self._exitcode is not None:
            return False
        code = self._conn.poll()
        if code is None:
            return True
        self._finish(code)
        return False

    @property
    def exitcode(self):
        self._check_closed()
        if self._conn is None:
            return None
        if self._exitcode is None:
            self.is_alive()
        return self._exitcode

    @property
    def pid(self):
        self._check_closed()
        if _current_process is self:
            return os.getpid()
        return None if self._conn is None else self._conn.pid

    ident = pid

    @property
    def sentinel(self):
        return self.pid

    def terminate(self):
        self._check_closed()
        if self._conn is not None:
            self._conn.terminate()

    def kill(self):
        self._check_closed()
        if self._conn is not None:
            self._conn.kill()

    def close(self):
        if self._conn is not None and self._exitcode is None and self.is_alive():
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._conn is None, 'process has already started'
        self._daemonic = daemonic

    @property
    def authkey(self):
        return b''

    def __repr__(self):
        if self._conn is None:
            status = 'initial'
        elif self._exitcode is not None or not self.is_alive():
            status = 'stopped'
        else:
            status = 'started'
        info = [type(self).__name__, 'name=%r' % self._name, status]
        if self._conn is not None:
            info.append('pid=%s' % self._conn.pid)
        if self._exitcode is not None:
            info.append('exitcode=%s' % self._exitcode)
        if self._daemonic:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._daemonic = False
        self._conn = None
        self._exitcode = None
        self._closed = False
        self._in_child = False
        self._pump = None
        self._parent_pid = None
        self._config = {'semprefix': '/mp'}  # as CPython's: multiprocessing.util keeps tempdir here

    @property
    def pid(self):
        return os.getpid()

    ident = pid

    def __repr__(self):
        return '<_MainProcess name=%r parent=None started>' % self._name


class _ChildProcess(_MainProcess):
    """What current_process() is inside a pool or executor worker."""

    def __init__(self, name, parent_pid):
        _MainProcess.__init__(self)
        self._name = name
        self._daemonic = True
        self._in_child = True
        self._parent_pid = parent_pid

    def __repr__(self):
        return '<SpawnProcess name=%r parent=%s started daemon>' % (self._name, self._parent_pid)


class _ParentProcess(_MainProcess):
    def __init__(self, pid):
        _MainProcess.__init__(self)
        self._parent_pid = pid

    @property
    def pid(self):
        return self._parent_pid


_current_process = _MainProcess()
_parent_pid = [None]


def _set_child(name, parent_pid):
    global _current_process
    _current_process = _ChildProcess(name, parent_pid)
    _parent_pid[0] = parent_pid


def _next_identity():
    from multiprocessing import spawn
    return spawn.next_identity()


def current_process():
    return _current_process


def parent_process():
    return None if _parent_pid[0] is None else _ParentProcess(_parent_pid[0])


def active_children():
    for p in list(_children):
        p.is_alive()
    return list(_children)


def _exit_function():
    # like CPython's multiprocessing.util._exit_function: stop daemons, wait for the others
    for p in list(_children):
        if p._daemonic and p.is_alive():
            p.terminate()
    for p in list(_children):
        p.join()


def _thread_ident():
    import _thread
    return _thread.get_ident()


def _register_atexit():
    if not _atexit_registered[0]:
        _atexit_registered[0] = True
        import threading
        threading._register_atexit(_exit_function)

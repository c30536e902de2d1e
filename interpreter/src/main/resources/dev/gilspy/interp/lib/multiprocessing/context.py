"""multiprocessing.context for gilspy: what CPython's module holds (the exception types, the context
classes, get_spawning_popen/assert_spawning), over gilspy's spawn-only multiprocessing. A JVM
cannot fork, so the one concrete context is 'spawn' (each child a new JVM); asking for 'fork' or
'forkserver' raises ValueError, as CPython does where a method is unavailable."""
import threading as _threading

import multiprocessing as _mp
from multiprocessing import process
from multiprocessing import reduction

__all__ = ()

ProcessError = _mp.ProcessError
BufferTooShort = _mp.BufferTooShort
TimeoutError = _mp.TimeoutError
AuthenticationError = _mp.AuthenticationError


class BaseContext(object):
    """A context: multiprocessing's API through one start method (all of gilspy's is 'spawn')."""
    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    current_process = staticmethod(process.current_process)
    parent_process = staticmethod(process.parent_process)
    active_children = staticmethod(process.active_children)

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        value = getattr(_mp, name)
        if name[0].isupper() or name in ('cpu_count', 'freeze_support', 'get_logger', 'log_to_stderr'):
            return value
        raise AttributeError(name)

    def cpu_count(self):
        return _mp.cpu_count()

    def get_context(self, method=None):
        if method is None:
            return self
        _mp._check_method(method)
        return _concrete_contexts[method]

    def get_start_method(self, allow_none=False):
        return self._name

    def set_start_method(self, method, force=False):
        raise ValueError('cannot set start method of concrete context')

    def get_all_start_methods(self):
        return _mp.get_all_start_methods()

    def get_logger(self):
        from multiprocessing.util import get_logger
        return get_logger()

    def log_to_stderr(self, level=None):
        from multiprocessing.util import log_to_stderr
        return log_to_stderr(level)

    def allow_connection_pickling(self):
        from . import connection  # noqa: F401

    def set_executable(self, executable):
        pass

    def set_forkserver_preload(self, module_names):
        pass

    @property
    def reducer(self):
        return globals().get('reduction')

    def _check_available(self):
        pass

    # the hooks GraalPy's edits of CPython's util.py and connection.py call, with CPython's behaviour
    def _is_graalpy(self):
        return False

    def _get_id(self):
        import os
        return os.getpid()

    def _close(self, fd):
        import os
        os.close(fd)

    def _pipe(self):
        import os
        return os.pipe()


SpawnProcess = _mp.Process


class SpawnContext(BaseContext):
    _name = 'spawn'
    Process = SpawnProcess


class DefaultContext(BaseContext):
    """The module-level API: its start method is the one set by set_start_method (only 'spawn')."""
    Process = _mp.Process

    def __init__(self, context):
        self._default_context = context
        self._actual_context = None

    def get_context(self, method=None):
        if method is None:
            return self._default_context
        return super().get_context(method)

    def set_start_method(self, method, force=False):
        _mp.set_start_method(method, force)

    def get_start_method(self, allow_none=False):
        return _mp.get_start_method(allow_none)

    def get_all_start_methods(self):
        return _mp.get_all_start_methods()


_concrete_contexts = {'spawn': SpawnContext()}
_default_context = DefaultContext(_concrete_contexts['spawn'])

_tls = _threading.local()


def get_spawning_popen():
    return getattr(_tls, 'spawning_popen', None)


def set_spawning_popen(popen):
    _tls.spawning_popen = popen


def assert_spawning(obj):
    if get_spawning_popen() is None:
        raise RuntimeError(
            '%s objects should only be shared between processes'
            ' through inheritance' % type(obj).__name__
            )

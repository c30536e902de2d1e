"""Process-based parallelism, the `spawn` way: every child is a new JVM running the interpreter.

Each process has its own interpreter and its own GIL, so CPU-bound work scales with cores at the
cost of start-up and pickling. `gilspy top CHILD_PID` profiles a child's GIL like any other.
What is here: Process, Pool, Queue, Pipe, Lock/RLock/Semaphore/Event/Condition/Barrier,
Value/Array, Manager, cpu_count, current_process, parent_process, active_children,
get/set_start_method ('spawn' only: a JVM cannot fork), freeze_support. Shared objects live in the
process that made them and are reached by others over loopback (see multiprocessing._hub).
"""

import os as _os
import sys as _sys
import _gilspy_mp

from multiprocessing.process import (Process, current_process, parent_process,
                                     active_children)

__all__ = ['Process', 'Pool', 'Queue', 'SimpleQueue', 'JoinableQueue', 'cpu_count', 'Pipe',
           'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier',
           'Value', 'Array', 'RawValue', 'RawArray', 'Manager',
           'current_process', 'parent_process', 'active_children', 'freeze_support',
           'get_start_method', 'set_start_method', 'get_all_start_methods', 'get_context',
           'ProcessError', 'BufferTooShort', 'TimeoutError', 'AuthenticationError']

# pickles made in children name their main module __mp_main__; here that is __main__
if '__mp_main__' not in _sys.modules and '__main__' in _sys.modules:
    _sys.modules['__mp_main__'] = _sys.modules['__main__']

# os.kill is needed to signal children (and by tests that SIGKILL a worker from inside)
if not hasattr(_os, 'kill'):
    _os.kill = _gilspy_mp.os_kill


def _prestart():
    # warm workers for the first Pool: GILSPY_MP_PRESTART=N starts N worker JVMs now (default 0)
    try:
        n = int(_os.environ.get('GILSPY_MP_PRESTART', '0'))
    except ValueError:
        n = 0
    if n > 0 and not _gilspy_mp.is_child():
        from multiprocessing import spawn
        spawn.prestart(n)
        # the pool module too (it imports concurrent.futures): the first Pool() is then ready at once
        import multiprocessing.pool


class ProcessError(Exception):
    __module__ = 'multiprocessing.context'


class BufferTooShort(ProcessError):
    __module__ = 'multiprocessing.context'


class TimeoutError(ProcessError):
    __module__ = 'multiprocessing.context'


class AuthenticationError(ProcessError):
    __module__ = 'multiprocessing.context'


_start_method = [None]


def cpu_count():
    return _os.cpu_count()


def freeze_support():
    pass


def get_all_start_methods():
    return ['spawn']


def get_start_method(allow_none=False):
    if _start_method[0] is None and not allow_none:
        _start_method[0] = 'spawn'
    return _start_method[0]


def set_start_method(method, force=False):
    if _start_method[0] is not None and not force:
        raise RuntimeError('context has already been set')
    if method is None and force:
        _start_method[0] = None
        return
    _check_method(method)
    _start_method[0] = method


def _check_method(method):
    if method in ('fork', 'forkserver'):
        raise ValueError("gilspy supports only the 'spawn' start method, not %r: a JVM cannot fork" % method)
    if method != 'spawn':
        raise ValueError('cannot find context for %r' % method)


class _SpawnContext:
    _name = 'spawn'

    def __getattr__(self, name):
        return globals()[name]

    def get_start_method(self, allow_none=False):
        return 'spawn'

    def __repr__(self):
        return '<multiprocessing.context.SpawnContext object at %#x>' % id(self)


def get_context(method=None):
    if method is not None:
        _check_method(method)
    return _SpawnContext()


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    from multiprocessing.pool import Pool as _Pool
    return _Pool(processes, initializer, initargs, maxtasksperchild)


def Queue(maxsize=0):
    from multiprocessing.queues import Queue as _Queue
    return _Queue(maxsize)


def SimpleQueue():
    from multiprocessing.queues import SimpleQueue as _SimpleQueue
    return _SimpleQueue()


def JoinableQueue(maxsize=0):
    from multiprocessing.queues import JoinableQueue as _JoinableQueue
    return _JoinableQueue(maxsize)


def Pipe(duplex=True):
    from multiprocessing.connection import Pipe as _Pipe
    return _Pipe(duplex)


def Lock():
    from multiprocessing.synchronize import Lock as _Lock
    return _Lock()


def RLock():
    from multiprocessing.synchronize import RLock as _RLock
    return _RLock()


def Semaphore(value=1):
    from multiprocessing.synchronize import Semaphore as _Semaphore
    return _Semaphore(value)


def BoundedSemaphore(value=1):
    from multiprocessing.synchronize import BoundedSemaphore as _BoundedSemaphore
    return _BoundedSemaphore(value)


def Condition(lock=None):
    from multiprocessing.synchronize import Condition as _Condition
    return _Condition(lock)


def Event():
    from multiprocessing.synchronize import Event as _Event
    return _Event()


def Barrier(parties, action=None, timeout=None):
    from multiprocessing.synchronize import Barrier as _Barrier
    return _Barrier(parties, action, timeout)


def Value(typecode_or_type, *args, lock=True):
    from multiprocessing.sharedctypes import Value as _Value
    return _Value(typecode_or_type, *args, lock=lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    from multiprocessing.sharedctypes import Array as _Array
    return _Array(typecode_or_type, size_or_initializer, lock=lock)


def RawValue(typecode_or_type, *args):
    from multiprocessing.sharedctypes import RawValue as _RawValue
    return _RawValue(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    from multiprocessing.sharedctypes import RawArray as _RawArray
    return _RawArray(typecode_or_type, size_or_initializer)


def Manager():
    from multiprocessing.managers import SyncManager
    m = SyncManager()
    m.start()
    return m


_prestart()

"""`Manager()`: shared dict, list, Queue, Namespace, Value, Array and locks.

CPython's manager is a server process; here the manager's objects live in the process that made
the manager and are served to other processes by its hub thread over loopback (see
multiprocessing._hub). Proxies behave like CPython's: values are copied in and out, and `str()`
shows the referent.
"""

import queue
import threading
from multiprocessing._hub import Handle

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'DictProxy', 'ListProxy', 'Namespace']


class BaseProxy:
    _kind = 'BaseProxy'
    _typeid = 'object'

    def __init__(self, h):
        self._h = h

    def __reduce__(self):
        return (type(self), (self._h,))

    def _callmethod(self, name, args=(), kwds={}):
        return self._h.call(name, *args, **kwds)

    def __str__(self):
        return self._h.call('__str__')

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._typeid, id(self))

    def _getvalue(self):
        return self._h.call('_value')


def _forward(name):
    def method(self, *args, **kwds):
        return self._h.call(name, *args, **kwds)
    method.__name__ = name
    return method


def _make(clsname, typeid, names, base=BaseProxy):
    ns = {'_typeid': typeid, '__qualname__': clsname}
    for n in names:
        ns[n] = _forward(n)
    cls = type(clsname, (base,), ns)
    cls.__module__ = __name__
    return cls


class _Dict(dict):
    """The referent of a DictProxy: views come back as lists, as CPython's do."""

    def keys(self):
        return list(dict.keys(self))

    def values(self):
        return list(dict.values(self))

    def items(self):
        return list(dict.items(self))

    def copy(self):
        return dict(self)

    def _iter(self):
        return list(dict.keys(self))

    def _value(self):
        import copy
        return copy.deepcopy(dict(self))


class _List(list):
    def _iter(self):
        return list(self)

    def _value(self):
        import copy
        return copy.deepcopy(list(self))

    def _iadd(self, other):
        self.extend(other)

    def _imul(self, n):
        self[:] = list(self) * n


_DictBase = _make('_DictBase', 'dict', (
    '__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__', 'clear', 'copy',
    'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values'))


class DictProxy(_DictBase):
    def __iter__(self):
        return iter(self._h.call('_iter'))


_ListBase = _make('_ListBase', 'list', (
    '__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__', 'append', 'count',
    'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort'))


class ListProxy(_ListBase):
    def __iter__(self):
        return iter(self._h.call('_iter'))

    def __reversed__(self):
        return reversed(self._h.call('_iter'))

    def __add__(self, other):
        return self._h.call('_iter') + list(other)

    def __mul__(self, n):
        return self._h.call('_iter') * n

    def __iadd__(self, other):
        self._h.call('_iadd', list(other))
        return self

    def __imul__(self, n):
        self._h.call('_imul', n)
        return self


QueueProxy = _make('QueueProxy', 'Queue', (
    'empty', 'full', 'get', 'get_nowait', 'join', 'put', 'put_nowait', 'qsize', 'task_done'))


class _NamespaceObj:
    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def _get(self, name):
        try:
            return self.__dict__[name]
        except KeyError:
            raise AttributeError("'Namespace' object has no attribute %r" % name) from None

    def _set(self, name, value):
        self.__dict__[name] = value

    def _del(self, name):
        del self.__dict__[name]

    def __repr__(self):
        items = sorted(self.__dict__.items())
        return 'Namespace(%s)' % ', '.join('%s=%r' % kv for kv in items)


class NamespaceProxy(BaseProxy):
    _typeid = 'Namespace'

    def __init__(self, h):
        object.__setattr__(self, '_h', h)

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return object.__getattribute__(self, '_h').call('_get', name)

    def __setattr__(self, name, value):
        if name.startswith('_'):
            return object.__setattr__(self, name, value)
        self._h.call('_set', name, value)

    def __delattr__(self, name):
        if name.startswith('_'):
            return object.__delattr__(self, name)
        self._h.call('_del', name)

    def __repr__(self):
        return self._h.call('__repr__')

    __str__ = __repr__


Namespace = _NamespaceObj


def _handle(obj):
    return Handle(obj)


class BaseManager:
    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None):
        self._state = 'initial'
        self._address = address

    def start(self, initializer=None, initargs=()):
        if initializer is not None:
            initializer(*initargs)
        self._state = 'started'

    def connect(self):
        self._state = 'started'

    def shutdown(self):
        self._state = 'shutdown'

    def join(self, timeout=None):
        pass

    @property
    def address(self):
        from multiprocessing import _hub
        return _hub.address()

    def __enter__(self):
        if self._state == 'initial':
            self.start()
        return self

    def __exit__(self, *args):
        self.shutdown()

    def _check(self):
        if self._state != 'started':
            raise ValueError('Manager has not been started' if self._state == 'initial'
                             else 'Manager has shut down')


class SyncManager(BaseManager):
    def dict(self, *args, **kwds):
        self._check()
        return DictProxy(_handle(_Dict(*args, **kwds)))

    def list(self, *args):
        self._check()
        return ListProxy(_handle(_List(*args)))

    def Queue(self, maxsize=0):
        self._check()
        return QueueProxy(_handle(queue.Queue(maxsize)))

    def JoinableQueue(self, maxsize=0):
        return self.Queue(maxsize)

    def Namespace(self, **kwds):
        self._check()
        return NamespaceProxy(_handle(_NamespaceObj(**kwds)))

    def Value(self, typecode, value, lock=True):
        self._check()
        from multiprocessing.sharedctypes import Value
        return Value(typecode, value, lock=lock)

    def Array(self, typecode, sequence, lock=True):
        self._check()
        from multiprocessing.sharedctypes import Array
        return Array(typecode, sequence, lock=lock)

    def Lock(self):
        from multiprocessing.synchronize import Lock
        return Lock()

    def RLock(self):
        from multiprocessing.synchronize import RLock
        return RLock()

    def Semaphore(self, value=1):
        from multiprocessing.synchronize import Semaphore
        return Semaphore(value)

    def BoundedSemaphore(self, value=1):
        from multiprocessing.synchronize import BoundedSemaphore
        return BoundedSemaphore(value)

    def Event(self):
        from multiprocessing.synchronize import Event
        return Event()

    def Condition(self, lock=None):
        from multiprocessing.synchronize import Condition
        return Condition(lock)

    def Barrier(self, parties, action=None, timeout=None):
        from multiprocessing.synchronize import Barrier
        return Barrier(parties, action, timeout)

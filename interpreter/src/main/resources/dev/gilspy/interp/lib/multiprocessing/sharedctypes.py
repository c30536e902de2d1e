"""Value and Array: a value or array that lives in the process that made it, shared through the hub.

CPython puts them in shared memory; here reads and writes from other processes are calls to the
owner (see multiprocessing._hub). `get_lock()` is a multiprocessing RLock (or the lock given), so
`with v.get_lock(): v.value += 1` is atomic across processes as in CPython.
"""

from multiprocessing._hub import Handle

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'Synchronized', 'SynchronizedArray']

_CTYPES = {'c': 'c_char', 'u': 'c_wchar', 'b': 'c_byte', 'B': 'c_ubyte', 'h': 'c_short', 'H': 'c_ushort',
           'i': 'c_int', 'I': 'c_uint', 'l': 'c_long', 'L': 'c_ulong', 'q': 'c_longlong',
           'Q': 'c_ulonglong', 'f': 'c_float', 'd': 'c_double'}
_BITS = {'b': (8, True), 'B': (8, False), 'h': (16, True), 'H': (16, False), 'i': (32, True),
         'I': (32, False), 'l': (64, True), 'L': (64, False), 'q': (64, True), 'Q': (64, False)}


def _code(typecode):
    if isinstance(typecode, str):
        if typecode not in _CTYPES:
            raise TypeError('unsupported typecode %r' % (typecode,))
        return typecode
    name = getattr(typecode, '__name__', None)
    for k, v in _CTYPES.items():
        if v == name:
            return k
    raise TypeError('unsupported type %r' % (typecode,))


def _default(code):
    if code in 'fd':
        return 0.0
    if code == 'c':
        return b'\x00'
    if code == 'u':
        return '\x00'
    return 0


def _convert(code, v):
    if code in 'fd':
        return float(v)
    if code == 'c':
        if not isinstance(v, bytes) or len(v) != 1:
            raise TypeError('one character bytes, bytearray or integer expected')
        return v
    if code == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('one character unicode string expected')
        return v
    if isinstance(v, float):
        raise TypeError('int expected instead of float')
    v = int(v)
    bits, signed = _BITS[code]
    v &= (1 << bits) - 1
    if signed and v >= 1 << (bits - 1):
        v -= 1 << bits
    return v


class _Box:
    """The owner's storage: a list of converted values."""

    def __init__(self, code, values):
        self.code = code
        self.values = values

    def get(self, i):
        return self.values[i]

    def set(self, i, v):
        v = _convert(self.code, v)
        self.values[i] = v

    def getslice(self, s):
        return self.values[s]

    def setslice(self, s, seq):
        seq = [_convert(self.code, v) for v in seq]
        old = self.values[s]
        if len(old) != len(seq):
            raise ValueError("Can only assign sequence of same size")
        self.values[s] = seq

    def length(self):
        return len(self.values)

    def add(self, i, delta):
        self.values[i] = _convert(self.code, self.values[i] + delta)
        return self.values[i]


def _new_lock(lock):
    if lock is True or lock is None:
        from multiprocessing.synchronize import RLock
        return RLock()
    return lock


class _RawValue:
    def __init__(self, code, h):
        self._code = code
        self._h = h

    @property
    def value(self):
        return self._h.call('get', 0)

    @value.setter
    def value(self, v):
        self._h.call('set', 0, v)

    def __repr__(self):
        return '%s(%r)' % (_CTYPES[self._code], self.value)


class Synchronized(_RawValue):
    def __init__(self, code, h, lock):
        _RawValue.__init__(self, code, h)
        self._lock = lock

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return _RawValue(self._code, self._h)

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        return (Synchronized, (self._code, self._h, self._lock))

    def __repr__(self):
        return '<Synchronized wrapper for %s(%r)>' % (_CTYPES[self._code], self.value)


class _RawArray:
    def __init__(self, code, h):
        self._code = code
        self._h = h

    def __len__(self):
        return self._h.call('length')

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._h.call('getslice', i)
        return self._h.call('get', i)

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            self._h.call('setslice', i, list(v))
        else:
            self._h.call('set', i, v)

    def __iter__(self):
        return iter(self[:])

    def __reduce__(self):
        return (type(self), (self._code, self._h))


class SynchronizedArray(_RawArray):
    def __init__(self, code, h, lock):
        _RawArray.__init__(self, code, h)
        self._lock = lock

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return _RawArray(self._code, self._h)

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        return (SynchronizedArray, (self._code, self._h, self._lock))

    def __repr__(self):
        return '<SynchronizedArray wrapper for <multiprocessing.sharedctypes.%s_Array_%d object at %#x>>' % (
            _CTYPES[self._code], len(self), id(self))


def RawValue(typecode_or_type, *args):
    code = _code(typecode_or_type)
    v = _convert(code, args[0]) if args else _default(code)
    return _RawValue(code, Handle(_Box(code, [v])))


def RawArray(typecode_or_type, size_or_initializer):
    code = _code(typecode_or_type)
    if isinstance(size_or_initializer, int):
        values = [_default(code)] * size_or_initializer
    else:
        values = [_convert(code, v) for v in size_or_initializer]
    return _RawArray(code, Handle(_Box(code, values)))


def Value(typecode_or_type, *args, lock=True, ctx=None):
    raw = RawValue(typecode_or_type, *args)
    if lock is False:
        return raw
    return Synchronized(raw._code, raw._h, _new_lock(lock))


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    raw = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return raw
    return SynchronizedArray(raw._code, raw._h, _new_lock(lock))

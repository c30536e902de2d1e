"""Serialize objects to bytes and back, in CPython's pickle format (protocol 4 by default).

Covers what multiprocessing needs: None, bool, int, float, str, bytes, bytearray, list, tuple,
dict, set, frozenset, functions and classes by reference (module + qualified name), exceptions,
and instances of module-level classes (NEWOBJ + BUILD of `__dict__`, honouring `__reduce_ex__`,
`__reduce__`, `__getstate__` and `__setstate__`). CPython reads these bytes and we read
CPython's (protocols 2 to 5), so data can cross between the two.
"""

import sys
from _gilspy_mp import pack_double as _pack_double, unpack_double as _unpack_double

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    __module__ = "_pickle"


class PicklingError(PickleError):
    __module__ = "_pickle"


class UnpicklingError(PickleError):
    __module__ = "_pickle"


# opcodes (pickletools' names)
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
BININT = b'J'
BININT1 = b'K'
BININT2 = b'M'
NONE = b'N'
BINFLOAT = b'G'
REDUCE = b'R'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
BINGET = b'h'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
PROTO = b'\x80'
NEWOBJ = b'\x81'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'

_BATCHSIZE = 1000


def _u32(n):
    return n.to_bytes(4, 'little')


def _u64(n):
    return n.to_bytes(8, 'little')


def _encode_long(x):
    """Little-endian two's complement with the fewest bytes, as pickle's LONG1/LONG4 want."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    if x < 0:
        x += 1 << (nbytes * 8)
        result = x.to_bytes(nbytes, 'little')
        if nbytes > 1 and result[-1] == 0xff and (result[-2] & 0x80):
            result = result[:-1]
        return result
    result = x.to_bytes(nbytes, 'little')
    if nbytes > 1 and result[-1] == 0 and not (result[-2] & 0x80):
        result = result[:-1]
    return result


def _decode_long(data):
    n = int.from_bytes(data, 'little')
    if data and data[-1] & 0x80:
        n -= 1 << (len(data) * 8)
    return n


def _is_global_ref(obj):
    if isinstance(obj, type):
        return True
    name = type(obj).__name__
    return name in ('function', 'builtin_function_or_method', 'method_descriptor')


def _module_of(obj, name):
    module = getattr(obj, '__module__', None)
    if module is not None:
        return module
    for mname in ['builtins'] + list(sys.modules):
        mod = sys.modules.get(mname)
        if mname == '__main__' or mname == '__mp_main__' or mod is None:
            continue
        try:
            if _getattribute(mod, name) is obj:
                return mname
        except AttributeError:
            pass
    return '__main__'


def _getattribute(obj, qualname):
    for part in qualname.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute %r on %r" % (qualname, obj))
        obj = getattr(obj, part)
    return obj


def _import(module):
    if module == '__mp_main__' and '__mp_main__' not in sys.modules:
        module = '__main__'
    __import__(module)
    return sys.modules[module]


class Pickler:
    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        if protocol < 2 or protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d (gilspy writes protocols 2 to 5)" % HIGHEST_PROTOCOL)
        self._file = file
        self.proto = protocol
        self._out = []
        self.memo = {}

    def dump(self, obj):
        self._out = [PROTO, bytes([self.proto])]
        self.save(obj)
        self._out.append(STOP)
        self._file.write(b''.join(self._out))
        self._out = []

    def clear_memo(self):
        self.memo = {}

    def _memoize(self, obj):
        idx = len(self.memo)
        self.memo[id(obj)] = (idx, obj)
        if self.proto >= 4:
            self._out.append(MEMOIZE)
        elif idx < 256:
            self._out.append(BINPUT + bytes([idx]))
        else:
            self._out.append(LONG_BINPUT + _u32(idx))

    def _get(self, idx):
        if idx < 256:
            self._out.append(BINGET + bytes([idx]))
        else:
            self._out.append(LONG_BINGET + _u32(idx))

    def save(self, obj):
        w = self._out.append
        if obj is None:
            w(NONE)
            return
        t = type(obj)
        if t is bool:
            w(NEWTRUE if obj else NEWFALSE)
            return
        if t is int:
            self._save_int(obj)
            return
        if t is float:
            w(BINFLOAT + _pack_double(obj))
            return
        m = self.memo.get(id(obj))
        if m is not None and m[1] is obj:
            self._get(m[0])
            return
        if t is str:
            data = obj.encode('utf-8', 'surrogatepass')
            n = len(data)
            if n < 256:
                w(SHORT_BINUNICODE + bytes([n]) + data)
            elif n < 0xffffffff:
                w(BINUNICODE + _u32(n) + data)
            else:
                w(BINUNICODE8 + _u64(n) + data)
            self._memoize(obj)
        elif t is bytes:
            n = len(obj)
            if n < 256:
                w(SHORT_BINBYTES + bytes([n]) + obj)
            elif n < 0xffffffff:
                w(BINBYTES + _u32(n) + obj)
            else:
                w(BINBYTES8 + _u64(n) + obj)
            self._memoize(obj)
        elif t is bytearray and self.proto >= 5:
            w(BYTEARRAY8 + _u64(len(obj)) + bytes(obj))
            self._memoize(obj)
        elif t is tuple:
            self._save_tuple(obj)
        elif t is list:
            w(EMPTY_LIST)
            self._memoize(obj)
            self._batch_appends(obj)
        elif t is dict:
            w(EMPTY_DICT)
            self._memoize(obj)
            self._batch_setitems(obj)
        elif t is set:
            w(EMPTY_SET)
            self._memoize(obj)
            items = list(obj)
            for i in range(0, len(items), _BATCHSIZE):
                w(MARK)
                for x in items[i:i + _BATCHSIZE]:
                    self.save(x)
                w(ADDITEMS)
        elif t is frozenset:
            w(MARK)
            for x in obj:
                self.save(x)
            w(FROZENSET)
            self._memoize(obj)
        elif _is_global_ref(obj):
            self.save_global(obj)
        else:
            self._save_reduce_of(obj)

    def _save_int(self, obj):
        w = self._out.append
        if 0 <= obj < 256:
            w(BININT1 + bytes([obj]))
        elif 0 <= obj < 65536:
            w(BININT2 + obj.to_bytes(2, 'little'))
        elif -0x80000000 <= obj <= 0x7fffffff:
            w(BININT + (obj & 0xffffffff).to_bytes(4, 'little'))
        else:
            data = _encode_long(obj)
            if len(data) < 256:
                w(LONG1 + bytes([len(data)]) + data)
            else:
                w(LONG4 + _u32(len(data)) + data)

    def _save_tuple(self, obj):
        w = self._out.append
        n = len(obj)
        if n == 0:
            w(EMPTY_TUPLE)
            return
        if n <= 3:
            for x in obj:
                self.save(x)
            m = self.memo.get(id(obj))
            if m is not None and m[1] is obj:
                # a recursive tuple was memoized while saving its items
                w(POP * n)
                self._get(m[0])
                return
            w((TUPLE1, TUPLE2, TUPLE3)[n - 1])
        else:
            w(MARK)
            for x in obj:
                self.save(x)
            m = self.memo.get(id(obj))
            if m is not None and m[1] is obj:
                w(POP_MARK)
                self._get(m[0])
                return
            w(TUPLE)
        self._memoize(obj)

    def _batch_appends(self, items):
        w = self._out.append
        items = list(items)
        for i in range(0, len(items), _BATCHSIZE):
            chunk = items[i:i + _BATCHSIZE]
            if len(chunk) == 1:
                self.save(chunk[0])
                w(APPEND)
                continue
            w(MARK)
            for x in chunk:
                self.save(x)
            w(APPENDS)

    def _batch_setitems(self, d):
        w = self._out.append
        items = list(d.items())
        for i in range(0, len(items), _BATCHSIZE):
            chunk = items[i:i + _BATCHSIZE]
            if len(chunk) == 1:
                self.save(chunk[0][0])
                self.save(chunk[0][1])
                w(SETITEM)
                continue
            w(MARK)
            for k, v in chunk:
                self.save(k)
                self.save(v)
            w(SETITEMS)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None) or obj.__name__
        module_name = _module_of(obj, name)
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % name)
        try:
            found = _getattribute(_import(module_name), name)
        except (ImportError, AttributeError, KeyError):
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" % (obj, name, module_name))
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        self.save(module_name)
        self.save(name)
        self._out.append(STACK_GLOBAL)
        self._memoize(obj)

    def _save_reduce_of(self, obj):
        cls = type(obj)
        rv = None
        custom = _custom_reduce(cls)
        if custom is not None:
            rv = custom(obj, self.proto) if custom.__name__ == '__reduce_ex__' else custom(obj)
            if isinstance(rv, str):
                self.save_global(obj, rv)
                return
        elif isinstance(obj, BaseException):
            state = obj.__dict__
            rv = (cls, tuple(obj.args), state if state else None)
        else:
            if cls.__module__ == 'builtins':
                raise TypeError("cannot pickle %r object" % cls.__name__)
            rv = (_NEWOBJ_MARKER, (cls,), _state_of(obj))
        self.save_reduce(obj, *rv)

    def save_reduce(self, obj, func, args, state=None, listitems=None, dictitems=None, state_setter=None):
        w = self._out.append
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if func is _NEWOBJ_MARKER or getattr(func, '__name__', '') == '__newobj__':
            cls = args[0]
            self.save(cls)
            self.save(tuple(args[1:]))
            w(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            w(REDUCE)
        self._memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dict(dictitems))
        if state is not None:
            self.save(state)
            w(BUILD)


def _NEWOBJ_MARKER(cls, *args):
    return cls.__new__(cls, *args)


def _custom_reduce(cls):
    """The class's own __reduce_ex__ or __reduce__, if one is defined below object."""
    for klass in cls.__mro__:
        if klass is object or klass is BaseException:
            return None
        d = klass.__dict__
        if '__reduce_ex__' in d:
            return d['__reduce_ex__']
        if '__reduce__' in d:
            return d['__reduce__']
    return None


def _state_of(obj):
    for klass in type(obj).__mro__:
        if klass is object:
            break
        if '__getstate__' in klass.__dict__:
            return obj.__getstate__()
    try:
        d = obj.__dict__
    except AttributeError:
        return None
    return dict(d) if d else None


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class Unpickler:
    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        self._file = file
        self.memo = {}

    def find_class(self, module, name):
        sys.audit('pickle.find_class', module, name)
        return _getattribute(_import(module), name)

    def load(self):
        data = self._file.read()
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        value, end = self._load_from(bytes(data), 0)
        if hasattr(self._file, 'seek') and hasattr(self._file, 'tell'):
            try:
                self._file.seek(self._file.tell() - len(data) + end)
            except (AttributeError, ValueError, OSError):
                pass
        return value

    def _load_from(self, data, pos):
        stack = []
        marks = []
        memo = self.memo
        n = len(data)
        while True:
            if pos >= n:
                raise UnpicklingError("pickle data was truncated")
            op = data[pos]
            pos += 1
            if op == 0x80:       # PROTO
                pos += 1
            elif op == 0x95:     # FRAME
                pos += 8
            elif op == 0x2e:     # STOP
                if not stack:
                    raise UnpicklingError("unpickling stack underflow")
                return stack.pop(), pos
            elif op == 0x4e:     # NONE
                stack.append(None)
            elif op == 0x88:
                stack.append(True)
            elif op == 0x89:
                stack.append(False)
            elif op == 0x4b:     # BININT1
                stack.append(data[pos])
                pos += 1
            elif op == 0x4d:     # BININT2
                stack.append(data[pos] | (data[pos + 1] << 8))
                pos += 2
            elif op == 0x4a:     # BININT
                stack.append(_decode_long(data[pos:pos + 4]))
                pos += 4
            elif op == 0x8a:     # LONG1
                k = data[pos]
                stack.append(_decode_long(data[pos + 1:pos + 1 + k]))
                pos += 1 + k
            elif op == 0x8b:     # LONG4
                k = int.from_bytes(data[pos:pos + 4], 'little')
                stack.append(_decode_long(data[pos + 4:pos + 4 + k]))
                pos += 4 + k
            elif op == 0x47:     # BINFLOAT
                stack.append(_unpack_double(data[pos:pos + 8]))
                pos += 8
            elif op == 0x8c:     # SHORT_BINUNICODE
                k = data[pos]
                stack.append(data[pos + 1:pos + 1 + k].decode('utf-8', 'surrogatepass'))
                pos += 1 + k
            elif op == 0x58:     # BINUNICODE
                k = int.from_bytes(data[pos:pos + 4], 'little')
                stack.append(data[pos + 4:pos + 4 + k].decode('utf-8', 'surrogatepass'))
                pos += 4 + k
            elif op == 0x8d:     # BINUNICODE8
                k = int.from_bytes(data[pos:pos + 8], 'little')
                stack.append(data[pos + 8:pos + 8 + k].decode('utf-8', 'surrogatepass'))
                pos += 8 + k
            elif op == 0x43:     # SHORT_BINBYTES
                k = data[pos]
                stack.append(data[pos + 1:pos + 1 + k])
                pos += 1 + k
            elif op == 0x42:     # BINBYTES
                k = int.from_bytes(data[pos:pos + 4], 'little')
                stack.append(data[pos + 4:pos + 4 + k])
                pos += 4 + k
            elif op == 0x8e:     # BINBYTES8
                k = int.from_bytes(data[pos:pos + 8], 'little')
                stack.append(data[pos + 8:pos + 8 + k])
                pos += 8 + k
            elif op == 0x96:     # BYTEARRAY8
                k = int.from_bytes(data[pos:pos + 8], 'little')
                stack.append(bytearray(data[pos + 8:pos + 8 + k]))
                pos += 8 + k
            elif op == 0x29:     # EMPTY_TUPLE
                stack.append(())
            elif op == 0x85:
                stack[-1] = (stack[-1],)
            elif op == 0x86:
                b = stack.pop()
                stack[-1] = (stack[-1], b)
            elif op == 0x87:
                c = stack.pop()
                b = stack.pop()
                stack[-1] = (stack[-1], b, c)
            elif op == 0x28:     # MARK
                marks.append(len(stack))
            elif op == 0x74:     # TUPLE
                k = marks.pop()
                items = tuple(stack[k:])
                del stack[k:]
                stack.append(items)
            elif op == 0x5d:     # EMPTY_LIST
                stack.append([])
            elif op == 0x6c:     # LIST
                k = marks.pop()
                items = stack[k:]
                del stack[k:]
                stack.append(items)
            elif op == 0x61:     # APPEND
                x = stack.pop()
                stack[-1].append(x)
            elif op == 0x65:     # APPENDS
                k = marks.pop()
                items = stack[k:]
                del stack[k:]
                stack[-1].extend(items)
            elif op == 0x7d:     # EMPTY_DICT
                stack.append({})
            elif op == 0x64:     # DICT
                k = marks.pop()
                items = stack[k:]
                del stack[k:]
                stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})
            elif op == 0x73:     # SETITEM
                v = stack.pop()
                key = stack.pop()
                stack[-1][key] = v
            elif op == 0x75:     # SETITEMS
                k = marks.pop()
                items = stack[k:]
                del stack[k:]
                d = stack[-1]
                for i in range(0, len(items), 2):
                    d[items[i]] = items[i + 1]
            elif op == 0x8f:     # EMPTY_SET
                stack.append(set())
            elif op == 0x90:     # ADDITEMS
                k = marks.pop()
                items = stack[k:]
                del stack[k:]
                stack[-1].update(items)
            elif op == 0x91:     # FROZENSET
                k = marks.pop()
                items = stack[k:]
                del stack[k:]
                stack.append(frozenset(items))
            elif op == 0x94:     # MEMOIZE
                memo[len(memo)] = stack[-1]
            elif op == 0x71:     # BINPUT
                memo[data[pos]] = stack[-1]
                pos += 1
            elif op == 0x72:     # LONG_BINPUT
                memo[int.from_bytes(data[pos:pos + 4], 'little')] = stack[-1]
                pos += 4
            elif op == 0x68:     # BINGET
                stack.append(memo[data[pos]])
                pos += 1
            elif op == 0x6a:     # LONG_BINGET
                stack.append(memo[int.from_bytes(data[pos:pos + 4], 'little')])
                pos += 4
            elif op == 0x93:     # STACK_GLOBAL
                name = stack.pop()
                module = stack.pop()
                stack.append(self.find_class(module, name))
            elif op == 0x63:     # GLOBAL
                e1 = data.index(b'\n', pos)
                e2 = data.index(b'\n', e1 + 1)
                module = data[pos:e1].decode('utf-8')
                name = data[e1 + 1:e2].decode('utf-8')
                pos = e2 + 1
                stack.append(self.find_class(module, name))
            elif op == 0x52:     # REDUCE
                args = stack.pop()
                func = stack[-1]
                stack[-1] = func(*args)
            elif op == 0x81:     # NEWOBJ
                args = stack.pop()
                cls = stack[-1]
                stack[-1] = cls.__new__(cls, *args)
            elif op == 0x92:     # NEWOBJ_EX
                kwargs = stack.pop()
                args = stack.pop()
                cls = stack[-1]
                stack[-1] = cls.__new__(cls, *args, **kwargs)
            elif op == 0x62:     # BUILD
                state = stack.pop()
                _build(stack[-1], state)
            elif op == 0x30:     # POP
                if stack and (not marks or marks[-1] < len(stack)):
                    stack.pop()
                else:
                    stack[marks.pop():] = []
            elif op == 0x31:     # POP_MARK
                k = marks.pop()
                del stack[k:]
            elif op == 0x32:     # DUP
                stack.append(stack[-1])
            else:
                raise UnpicklingError("invalid load key, '%s'." % (chr(op) if 0x20 <= op < 0x7f else '\\x%02x' % op))


def _build(inst, state):
    setstate = None
    for klass in type(inst).__mro__:
        if klass is object:
            break
        if '__setstate__' in klass.__dict__:
            setstate = klass.__dict__['__setstate__']
            break
    if setstate is not None:
        setstate(inst, state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        for k, v in state.items():
            setattr(inst, k, v)
    if slotstate:
        for k, v in slotstate.items():
            setattr(inst, k, v)


class _BytesSink:
    def __init__(self):
        self.data = b''

    def write(self, b):
        self.data = b


class _BytesSource:
    def __init__(self, data):
        self._data = data

    def read(self):
        return self._data


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    sink = _BytesSink()
    Pickler(sink, protocol).dump(obj)
    return sink.data


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol).dump(obj)


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    value, end = Unpickler(_BytesSource(data))._load_from(bytes(data), 0)
    return value


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file).load()

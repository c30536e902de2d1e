"""Conversions between Python values and C structs packed as bytes (CPython's struct).

Byte orders @ (native: little-endian, x86-64 sizes and alignment), =, <, > and !; codes
x c b B ? h H i I l L q Q n N P f d s p (no 'e'). Floats are converted through math.frexp
and ldexp with round-half-even, so no native helper is needed. No pack_into.
"""

import math as _math

__all__ = ['calcsize', 'pack', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


# code: (standard size, native size, signed); floats and bytes are handled by code.
_INT_CODES = {
    'b': (1, 1, True), 'B': (1, 1, False), 'h': (2, 2, True), 'H': (2, 2, False),
    'i': (4, 4, True), 'I': (4, 4, False), 'l': (4, 8, True), 'L': (4, 8, False),
    'q': (8, 8, True), 'Q': (8, 8, False), 'n': (None, 8, True), 'N': (None, 8, False),
    'P': (None, 8, False),
}
_NAMED_RANGE = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}


def _parse(fmt):
    """(byte order, native?, [(code, count, offset, size)], total size)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    order = 'little'
    native = True
    i = 0
    if fmt and fmt[0] in '@=<>!':
        c = fmt[0]
        i = 1
        if c == '@':
            native = True
        else:
            native = False
            order = 'big' if c in '>!' else 'little'
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c in ' \t\n\r\x0b\x0c':
            i += 1
            continue
        count = None
        if '0' <= c <= '9':
            j = i
            while j < n and '0' <= fmt[j] <= '9':
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error('repeat count given without format specifier')
            c = fmt[i]
        i += 1
        size, align = _size_of(c, native)
        if count is None:
            count = 1
        if native and align > 1:
            offset = (offset + align - 1) // align * align
        if c in 'sp':
            items.append((c, count, offset, count))
            offset += count
        elif c == 'x':
            offset += count
        else:
            for k in range(count):
                items.append((c, 1, offset, size))
                offset += size
    return order, native, items, offset


def _size_of(c, native):
    if c in _INT_CODES:
        std, nat, signed = _INT_CODES[c]
        if native:
            return nat, nat
        if std is None:
            raise error('bad char in struct format')
        return std, 1
    if c in 'xcsp?':
        return 1, 1
    if c == 'f':
        return 4, (4 if native else 1)
    if c == 'd':
        return 8, (8 if native else 1)
    raise error('bad char in struct format')


def _double_bits(x):
    if x != x:
        return 0x7ff8000000000000
    sign = 1 if (x < 0 or (x == 0 and str(x).startswith('-'))) else 0
    x = -x if sign else x
    if x == _math.inf:
        return (sign << 63) | 0x7ff0000000000000
    if x == 0:
        return sign << 63
    m, e = _math.frexp(x)
    if e - 1 >= -1022:
        mant = int(_math.ldexp(m, 53)) - (1 << 52)
        return (sign << 63) | ((e - 1 + 1023) << 52) | mant
    return (sign << 63) | int(_math.ldexp(x, 1074))


def _bits_double(bits):
    sign = -1.0 if bits >> 63 else 1.0
    exp = (bits >> 52) & 0x7ff
    mant = bits & ((1 << 52) - 1)
    if exp == 0x7ff:
        return _math.nan if mant else sign * _math.inf
    if exp == 0:
        return sign * _math.ldexp(mant, -1074)
    return sign * _math.ldexp(mant | (1 << 52), exp - 1075)


def _round_half_even(scaled):
    ip = int(scaled)
    frac = scaled - ip
    if frac > 0.5 or (frac == 0.5 and ip & 1):
        ip += 1
    return ip


def _float_bits(x, native):
    if x != x:
        return 0x7fc00000
    sign = 1 if (x < 0 or (x == 0 and str(x).startswith('-'))) else 0
    x = -x if sign else x
    inf_bits = (sign << 31) | 0x7f800000
    if x == _math.inf:
        return inf_bits
    if x == 0:
        return sign << 31
    m, e = _math.frexp(x)
    if e - 1 >= -126:
        ip = _round_half_even(_math.ldexp(m, 24))
        if ip == 1 << 24:
            ip >>= 1
            e += 1
        biased = e - 1 + 127
        if biased >= 255:
            if native:
                return inf_bits
            raise OverflowError("float too large to pack with f format")
        return (sign << 31) | (biased << 23) | (ip - (1 << 23))
    ip = _round_half_even(_math.ldexp(x, 149))
    return (sign << 31) | ip


def _bits_float(bits):
    sign = -1.0 if bits >> 31 else 1.0
    exp = (bits >> 23) & 0xff
    mant = bits & ((1 << 23) - 1)
    if exp == 0xff:
        return _math.nan if mant else sign * _math.inf
    if exp == 0:
        return sign * _math.ldexp(mant, -149)
    return sign * _math.ldexp(mant | (1 << 23), exp - 150)


def _range_error(c, native, lo, hi, value):
    if c in _NAMED_RANGE:
        return error('%s format requires %d <= number <= %d' % (_NAMED_RANGE[c], lo, hi))
    if value < 0 and c in 'ILQNP':
        return error('argument out of range')
    if c in 'iI' or (not native and c in 'lL'):
        return error("'%s' format requires %d <= number <= %d" % (c, lo, hi))
    return error('argument out of range')


def _pack_item(c, size, value, order, native):
    if c in _INT_CODES:
        if not isinstance(value, int):
            if hasattr(value, '__index__') and not isinstance(value, float):
                value = value.__index__()
            else:
                raise error('required argument is not an integer')
        signed = _INT_CODES[c][2]
        bits = size * 8
        lo = -(1 << (bits - 1)) if signed else 0
        hi = (1 << (bits - 1)) - 1 if signed else (1 << bits) - 1
        if not lo <= value <= hi:
            raise _range_error(c, native, lo, hi, value)
        if value < 0:
            value += 1 << bits
        return value.to_bytes(size, order)
    if c == '?':
        return b'\x01' if value else b'\x00'
    if c == 'c':
        if not isinstance(value, bytes) or len(value) != 1:
            raise error('char format requires a bytes object of length 1')
        return value
    if c == 'd' or c == 'f':
        if isinstance(value, int):
            value = float(value)
        elif not isinstance(value, float):
            raise error('required argument is not a float')
        if c == 'd':
            return _double_bits(value).to_bytes(8, order)
        return _float_bits(value, native).to_bytes(4, order)
    raise error('bad char in struct format')


def _unpack_item(c, data, order):
    if c in _INT_CODES:
        value = int.from_bytes(data, order)
        if _INT_CODES[c][2] and value >= 1 << (len(data) * 8 - 1):
            value -= 1 << (len(data) * 8)
        return value
    if c == '?':
        return data != b'\x00'
    if c == 'c':
        return data
    if c == 'd':
        return _bits_double(int.from_bytes(data, order))
    if c == 'f':
        return _bits_float(int.from_bytes(data, order))
    raise error('bad char in struct format')


class Struct:
    """A compiled struct format."""

    def __init__(self, format):
        self.format = format if isinstance(format, str) else format.decode('ascii')
        self._order, self._native, self._items, self.size = _parse(format)

    def pack(self, *values):
        if len(values) != len(self._items):
            raise error('pack expected %d items for packing (got %d)'
                        % (len(self._items), len(values)))
        out = []
        pos = 0
        for k in range(len(self._items)):
            c, count, offset, size = self._items[k]
            if offset > pos:
                out.append(b'\x00' * (offset - pos))
                pos = offset
            value = values[k]
            if c in 'sp':
                if not isinstance(value, bytes):
                    raise error("argument for '%s' must be a bytes object" % c)
                if c == 's':
                    chunk = value[:count] + b'\x00' * max(count - len(value), 0)
                else:
                    n = min(len(value), count - 1, 255) if count > 0 else 0
                    chunk = (bytes([n]) + value[:n] + b'\x00' * (count - 1 - n))[:count]
                out.append(chunk)
            else:
                out.append(_pack_item(c, size, value, self._order, self._native))
            pos = offset + size
        if self.size > pos:
            out.append(b'\x00' * (self.size - pos))
        return b''.join(out)

    def unpack(self, buffer):
        buffer = bytes(buffer)
        if len(buffer) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return self._unpack(buffer, 0)

    def unpack_from(self, buffer, offset=0):
        buffer = bytes(buffer)
        if offset < 0:
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d '
                        'bytes at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, len(buffer)))
        return self._unpack(buffer, offset)

    def _unpack(self, buffer, base):
        result = []
        for c, count, offset, size in self._items:
            data = buffer[base + offset:base + offset + size]
            if c == 's':
                result.append(data)
            elif c == 'p':
                n = min(data[0], count - 1) if count else 0
                result.append(data[1:1 + n])
            else:
                result.append(_unpack_item(c, data, self._order))
        return tuple(result)

    def iter_unpack(self, buffer):
        buffer = bytes(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(buffer) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes'
                        % self.size)
        return _iter_unpack(self, buffer)


def _iter_unpack(s, buffer):
    for offset in range(0, len(buffer), s.size):
        yield s._unpack(buffer, offset)


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = Struct(fmt)
        if len(_cache) > 100:
            _cache.clear()
        _cache[fmt] = s
    return s


def calcsize(fmt):
    return _struct(fmt).size


def pack(fmt, *values):
    return _struct(fmt).pack(*values)


def unpack(fmt, buffer):
    return _struct(fmt).unpack(buffer)


def unpack_from(fmt, buffer, offset=0):
    return _struct(fmt).unpack_from(buffer, offset)


def iter_unpack(fmt, buffer):
    return _struct(fmt).iter_unpack(buffer)

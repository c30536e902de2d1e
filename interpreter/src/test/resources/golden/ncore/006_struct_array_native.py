import _struct
from _struct import pack, unpack, calcsize, iter_unpack, pack_into, unpack_from, Struct, error
print(pack('<hHiIqQ', -2, 65535, -7, 4000000000, -1, 2**64 - 1))
print(pack('>hHiIqQ', -2, 65535, -7, 4000000000, -1, 2**64 - 1))
print(pack('!bB?c', -1, 255, True, b'x'), pack('=l', -3), pack('@l', -3))
print(unpack('<hHiIqQ', pack('<hHiIqQ', -2, 65535, -7, 4000000000, -1, 2**64 - 1)))
print(calcsize('@bhiq'), calcsize('<bhiq'), calcsize('@ci'), calcsize('3s2xi'), calcsize('P'), calcsize('@lL'), calcsize('=lL'), calcsize(''))
print(pack('@bhiq', 1, 2, 3, 4))
print(pack('<fde', 1.5, -2.25, 0.333), unpack('<fde', pack('<fde', 1.5, -2.25, 0.333)))
print(unpack('<e', pack('<e', 65504.0)), unpack('<e', pack('<e', 6e-8)), unpack('<e', pack('<e', float('inf'))), unpack('<f', pack('<f', 0.1)))
print(pack('5s', b'ab'), pack('2s', b'abcdef'), pack('5p', b'abc'), unpack('5p', pack('5p', b'abcdefg')), unpack('3s', b'xyz'))
print(pack('3x'), pack('2c', b'a', b'b'), unpack('??', b'\x00\x05'))
s = Struct('<2h'); print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00'))
print(list(iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
buf = bytearray(8); pack_into('<hh', buf, 2, 5, 6); print(buf); s.pack_into(buf, 4, 7, 8); print(buf)
print(unpack_from('<h', b'\x00\x01\x02\x03', 2), unpack_from('<h', b'\x00\x01\x02\x03', offset=1), s.unpack_from(buf, 4))
print(Struct(b'>I').unpack(b'\x00\x00\x01\x00'), pack('>Q', 2**63))
for bad in [lambda: pack('<h', 70000), lambda: pack('h', 70000), lambda: pack('b', 200), lambda: pack('B', -1), lambda: pack('<I', -1),
            lambda: pack('<q', 2**63), lambda: pack('i', 'x'), lambda: pack('d', 'x'), lambda: pack('c', b'ab'), lambda: pack('s', 'str'),
            lambda: pack('<hh', 1), lambda: unpack('<h', b'abc'), lambda: calcsize('y'), lambda: calcsize('<P'), lambda: calcsize('3'),
            lambda: list(iter_unpack('<h', b'abc')), lambda: iter_unpack('', b''), lambda: pack_into('<h', bytearray(1), 0, 1),
            lambda: unpack_from('<i', b'ab', 0), lambda: pack_into('<h', b'ab', 0, 1), lambda: pack('<e', 1e6), lambda: pack('<f', 1e300),
            lambda: pack('i', 2**40), lambda: pack('l', 2**70)]:
    try:
        bad()
    except (error, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(issubclass(error, Exception), error.__module__)
import struct
print(struct.pack('<i', 5), struct.calcsize('<i'), struct.unpack('>H', b'\x01\x02'))
import array
a = array.array('i', [1, 2, 3]); a.append(4); a.extend([5]); print(a, len(a), a[0], a[-1], a[1:3], a.tolist(), a.itemsize, a.typecode)
print(array.array('d', [1.5]).tobytes(), array.array('B', b'\x01\x02'), array.array('u', 'hi'), array.array('b'))
b = array.array('h'); b.frombytes(b'\x01\x00\xff\xff'); print(b, b.tobytes(), unpack('<2h', b), 3 in a, a.index(3), a.count(1))
a[0] = 10; del a[1]; a.insert(0, 0); print(a, a.pop(), a, a == array.array('i', [0, 10, 3, 4]), a + array.array('i', [9]), a * 2)
a.reverse(); print(a, list(a), array.typecodes)
for bad in [lambda: array.array('i', [2**40]), lambda: array.array('B', [-1]), lambda: array.array('z'), lambda: a.append('x'), lambda: array.array('b', [200])]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for f in ['<b','<B','<h','<H','<i','<I','<q','<Q','b','B','h','H','i','I','l','L','q','Q','n','N','P']:
    out = []
    for v in [2**70, 2**40, 300, -1, -300, -2**40, -2**70]:
        try:
            _struct.pack(f, v)
            out.append('ok')
        except (_struct.error, OverflowError) as e:
            out.append(str(e))
    print(f, out)

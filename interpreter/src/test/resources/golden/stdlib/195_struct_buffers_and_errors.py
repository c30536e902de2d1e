# struct with buffer-protocol objects (array.array, memoryview), iter_unpack's length hint, and
# CPython's error messages for offsets and embedded NULs (test_struct's cases)
import array, operator, struct, sys

s = struct.Struct('21s')
buf = array.array('b', b' ' * 30)
s.pack_into(buf, 0, b'Reykjavik rocks, eow!')
s.pack_into(buf, 5, b'Reykjavik rocks, eow!')
print(buf.tobytes())
ba = bytearray(8)
mv = memoryview(ba)
struct.pack_into('>HI', mv, 1, 0x1234, 0x56789abc)
print(ba)
try:
    struct.pack_into('>I', memoryview(b'abcdefgh'), 0, 1)
except TypeError as e:
    print('TypeError', e)
print(struct.unpack('>I', array.array('B', b'\x12\x34\x56\x78')))
print(struct.unpack('>I', memoryview(b'\x12\x34\x56\x78')))
print(struct.unpack_from('>H', memoryview(b'\x00\x01\x02\x03'), 2))
it = struct.Struct('>IB').iter_unpack(memoryview(bytes(range(1, 16))))
print(operator.length_hint(it), next(it), operator.length_hint(it), list(it), operator.length_hint(it))
for call in (lambda: struct.pack_into('<I', bytearray(10), -2, 123),
             lambda: struct.pack_into('<B', bytearray(10), -11, 123),
             lambda: struct.unpack_from('<I', bytearray(10), -2),
             lambda: struct.unpack_from('<B', bytearray(10), -11),
             lambda: struct.pack_into('<I', bytearray(10), sys.maxsize, 1),
             lambda: struct.unpack_from('<I', bytearray(10), sys.maxsize),
             lambda: struct.calcsize('2\0i'),
             lambda: struct.calcsize(b'\0')):
    try:
        call()
    except struct.error as e:
        print('struct.error', e)

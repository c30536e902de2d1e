# marshal: CPython's bytes for every data type, versions 0-4, read back; errors as CPython words them.
# Every value is held by a name or is a literal constant: CPython decides FLAG_REF by reference
# count, and these are the objects it flags (see interpreter/README.md, marshal).
import io
import marshal

a = ''; b = 'x'; c = '_a1'; d = 'é'; e = b''; f = (); h = 1000; j = 0.0; k = -0.0; l = float('inf')
inner = [1, 2]
s1 = {3}
fs = frozenset([4])
big = 2 ** 100
neg_big = -big
mapping = {'k': 2.5}
m = [a, b, c, d, e, f, h, inner, inner, j, k, l, 'a b', (1, 'two', 3.5), mapping, s1, fs, 1 + 2j,
     b'xy', 'héllo', None, True, False, ..., StopIteration, -2 ** 31, 2 ** 31, big, neg_big, 'x' * 300, '\ud800']
for v in m:
    print(repr(v)[:40], [marshal.dumps(v, ver).hex() for ver in range(5)])
for ver in range(5):
    data = marshal.dumps(m, ver)
    print(ver, data.hex())
    back = marshal.loads(data)
    print(back == m, back[7] is back[8], back[4] is back[4])
ba = bytearray(b'ab')
mv = memoryview(b'cd')
print(marshal.dumps(ba).hex(), marshal.dumps(mv).hex(), marshal.loads(marshal.dumps(ba)))
print(marshal.loads(marshal.dumps(1.0 / 3, 1)), marshal.loads(marshal.dumps(1e100, 0)))
print(marshal.loads(marshal.dumps(float('nan'), 1)), marshal.loads(marshal.dumps(-1.5 - 2.25j, 1)))
print(marshal.version)

r = []
r.append(r)
x = marshal.loads(marshal.dumps(r))
print(x[0] is x)

for bad in [lambda: 0, object(), [1, object()]]:
    try:
        marshal.dumps(bad)
    except ValueError as ex:
        print('ValueError', ex)
try:
    marshal.dumps(r, 2)
except ValueError as ex:
    print('ValueError', ex)
class I(int):
    pass
try:
    marshal.dumps(I(3))
except ValueError as ex:
    print('ValueError', ex)

for data in [b'', b'i\x01', b'\x01', b'r\x00\x00\x00\x00', b'l\x01\x00\x00\x00\x00\x00', b'l\x01\x00\x00\x00\x00\x90',
             b'0', b'(\x01\x00\x00\x000', b'z\x05ab', b'[\xff\xff\xff\xff', b'{i\x01\x00\x00\x000',
             b'I\x01\x02\x03\x04\x05\x06\x07\x08', b'l\xfe\xff\xff\xff\x01\x00\x02\x00', b'y', b'\xe9\x01\x00\x00\x00tail']:
    try:
        print(repr(marshal.loads(data)))
    except Exception as ex:
        print(type(ex).__name__, ex)

buf = io.BytesIO()
marshal.dump([1, 'a'], buf)
marshal.dump({'b': (2,)}, buf, 2)
buf.write(b'tail')
buf.seek(0)
print(marshal.load(buf), marshal.load(buf), buf.read())
try:
    marshal.load(io.BytesIO(b'i\x01'))
except EOFError as ex:
    print('EOFError', ex)
for call in [lambda: marshal.loads('abc'), lambda: marshal.loads(b'N', 1), lambda: marshal.dumps(),
             lambda: marshal.dumps(1, version=2)]:
    try:
        call()
    except TypeError as ex:
        print('TypeError', ex)

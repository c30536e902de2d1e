# memoryview over bytes and bytearray: cast, tolist, tobytes, slicing, release
data = bytes(range(16))
m = memoryview(data)
print(len(m), m.nbytes, m.itemsize, m.format, m.readonly, m.ndim, m.shape)
print(m[0], m[-1], m[2:5].tolist(), m[::4].tolist(), m.tobytes()[:4], m.hex()[:8])
i = m.cast('I')
print(i.format, i.itemsize, len(i), i.nbytes, i.tolist())
print(memoryview(b'\x01\x00\x02\x00').cast('H').tolist(), memoryview(b'\xff\xff').cast('h').tolist())
print(m == data, m[:4] == b'\x00\x01\x02\x03', m == b'x', bytes(m[4:8]))
ba = bytearray(b'hello')
mv = memoryview(ba)
mv[0] = ord('j')
mv[1:3] = b'EL'
print(ba, mv.readonly, mv.tobytes())
with memoryview(b'abc') as r:
    print(r.tolist())
try:
    r.tolist()
except ValueError as e:
    print('ValueError:', e)
try:
    memoryview(b'abc').cast('I')
except TypeError as e:
    print('TypeError:', e)
try:
    memoryview('text')
except TypeError as e:
    print('TypeError:', e)

# bytearray grown by append/extend/+= and shrunk by del b[:n]: the value each reader sees stays
# exact while the buffer keeps spare room (append, +=) or moves its start (del prefix)
b = bytearray()
for i in range(1000):
    b.append(i % 256)
print(len(b), b[:5], b[-3:], sum(b))
b.extend(range(10))
b.extend(b"xyz")
b.extend(bytearray(b"!?"))
print(len(b), b[-15:])
b += b"tail"
b += bytearray(b"+")
b += bytearray(b"mv")
print(len(b), bytes(b[-7:]))
b += bytes(b)
print(len(b), b[:3], b[1022:1027])
# reading from the front, as a protocol buffer does
buf = bytearray(b"header:" + b"0123456789" * 50)
del buf[:7]
print(len(buf), buf[:12], buf.find(b"89"), buf.count(b"0"))
chunks = []
while buf:
    chunks.append(bytes(buf[:33]))
    del buf[:33]
print(len(chunks), chunks[0], chunks[-1], len(buf), buf)
buf.append(65)
buf += b"BC"
print(buf, len(buf))
# a prefix dropped, then the rest read through every path
c = bytearray(b"abcdefghij")
del c[:3]
print(c, c == b"defghij", c[0], c[-1], c[1:3], list(c)[:2], c.hex(), c.decode())
m = memoryview(c)
print(m[0], bytes(m[2:4]), m.tobytes())
m.release()
c[0] = ord("D")
c[1:2] = b"EE"
print(c, len(c))
del c[0:0]
del c[:]
print(c, len(c))
c.append(1)
print(c)
# appends interleaved with reads and writes
d = bytearray(b"ab")
for i in range(5):
    d.append(ord("c") + i)
    d[0] = ord("A") + i
    print(bytes(d), d.startswith(b"A"), d.rfind(b"d"))
# errors
for bad in (256, -1):
    try:
        d.append(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    d.append("x")
except TypeError as e:
    print("TypeError", e)
try:
    hash(d)
except TypeError as e:
    print("TypeError", e)
print(d * 2, d, bytes(d))
e = d
e += b"!"
print(e is d, d)
class Sub(bytearray):
    pass
s = Sub(b"x")
s.append(121)
s += b"z"
del s[:1]
print(type(s).__name__, s, len(s))

# BytesIO: many small writes, overwrites, lines, getbuffer and readinto; bytes searches with bounds; bytearray slices.
import io

b = io.BytesIO()
for i in range(20000):
    b.write(b"%d\n" % i)
print(b.tell(), len(b.getvalue()), bytes(b.getbuffer()[:10]))
b.seek(0)
lines = 0
while b.readline():
    lines += 1
print("lines", lines, b.tell())
b.seek(3)
b.write(b"XY")
b.seek(0)
print(b.read(8), b.read1(3), b.tell())
b.seek(200000)
b.write(b"!")
print(len(b.getvalue()), b.getvalue()[-3:])
buf = bytearray(5)
b.seek(0)
print(b.readinto(buf), buf)
print(b.truncate(4), b.getvalue(), b.tell())
try:
    b.seek(-1)
except ValueError as e:
    print(e)
try:
    b.write("str")
except TypeError as e:
    print(e)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print(e)

data = b"abcabcabc"
for args in [(b"c",), (b"c", 3), (b"c", 3, 5), (b"c", -4), (b"c", None, -7), (99,), (b"", 9), (b"", 10), (b"bc", 2, 4)]:
    print(args, data.find(*args), data.rfind(*args), data.count(*args), bytearray(data).find(*args))
try:
    data.index(b"z", 2)
except ValueError as e:
    print(e)
print(data.rindex(b"a", 0, 5))

ba = bytearray(b"0123456789")
ba[2:5] = b"ab"
print(ba)
ba[:0] = b">>"
print(ba)
ba[::2] = b"------"
print(ba)
ba[1:3] = [65, 66, 67]
print(ba)
try:
    ba[::3] = b"x"
except ValueError as e:
    print(e)
ba[:] = ba
print(ba)

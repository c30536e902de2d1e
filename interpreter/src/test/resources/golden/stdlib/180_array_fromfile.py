# array.fromfile/tofile (as test_datetime's tzfile reader uses them) and an array built from an
# array of another typecode (iterated, not refused as extend() refuses it)
import io, os, tempfile
from array import array

a = array('i', [1, -2, 300000])
buf = io.BytesIO()
a.tofile(buf)
print(len(buf.getvalue()), buf.getvalue()[:8])
buf.seek(0)
b = array('i')
b.fromfile(buf, 2)
print(b)
try:
    b.fromfile(buf, 5)
except EOFError as e:
    print("EOFError", e, b)
try:
    b.fromfile(buf, -1)
except ValueError as e:
    print("ValueError", e)

class NotBytes:
    def read(self, n):
        return "text"
try:
    b.fromfile(NotBytes(), 1)
except TypeError as e:
    print("TypeError", e)

buf = io.BytesIO(b"\x01\x02\x03")
h = array('h')
try:
    h.fromfile(buf, 2)
except ValueError as e:
    print("ValueError", e, h)

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "a.bin")
    with open(p, "wb") as f:
        array('d', [1.5, 2.5]).tofile(f)
    with open(p, "rb") as f:
        x = array('d')
        x.fromfile(f, 2)
    print(x, os.path.getsize(p))

q = array('q', array('i', [5, 6, 7]))
q[0] += 1 << 40
print(q, array('B', array('h', [1, 2])), array('i', array('i', [9])))
try:
    array('q', [1]).extend(array('i', [2]))
except TypeError as e:
    print("TypeError", e)

# BytesIO's write, read and tell: the common case (exact bytes written at the end, reads of an int
# size) and every way out of it (other bytes-likes, writes after a seek past the end or into the
# middle, None and negative sizes, a closed file, a subclass overriding write, wrong types).
import io
import pickle

b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"de")), b.write(memoryview(b"fg")), b.write(b""), b.tell())
b.seek(1)
print(b.read(2), b.read(0), b.read(), b.read(5), b.tell())
b.seek(10)
print(b.read(1), b.tell())
b.write(b"z")
print(b.getvalue(), b.tell())
b.seek(2)
b.write(b"XY")
print(b.getvalue(), b.tell(), b.read(3), b.tell())
b.seek(0)
print(b.read(None), b.read(-1), b.tell())
b.seek(0)
print(b.read(-5)[:4], b.read1(2), b.tell())


class Upper(io.BytesIO):
    def write(self, data):
        return super().write(data.upper())


u = Upper(b"start:")
u.seek(0, 2)
print(u.write(b"hi"), u.getvalue(), u.tell(), Upper(b"xyz").read(2))

c = io.BytesIO(b"hello world")
print(c.read(2), c.read1(2), c.readline(), c.tell())
c.write(b"!")
print(c.getvalue())
c.close()
for f in (lambda: c.write(b"x"), lambda: c.read(), lambda: c.read(1), lambda: c.tell()):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
for bad in ("text", 5, None):
    try:
        io.BytesIO().write(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    io.BytesIO(b"abc").read("2")
except TypeError as e:
    print("TypeError")

# the pure-Python pickler writes its frames to a BytesIO and its unpickler reads them back
doc = {"k%d" % i: [i, "v%d" % i, b"b", (i, None), i * 0.5] for i in range(3000)}
data = pickle._dumps(doc, 5)
print(len(data), data == pickle.dumps(doc, 5), pickle._loads(data) == doc, pickle.loads(data) == doc)

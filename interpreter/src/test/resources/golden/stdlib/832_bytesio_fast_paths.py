# BytesIO's write, read and readline as the pure-Python pickler calls them (one or two arguments,
# through a bound method stored on another object and through the class), their edge cases, and a
# subclass that overrides them (which must not take a shortcut).
import io, pickle

b = io.BytesIO()
w = b.write
print(w(b"abc"), w(b""), b.write(bytearray(b"de")), b.write(memoryview(b"fg")), io.BytesIO.write(b, b"h"))
print(b.getvalue(), b.tell())
b.seek(0)
r = b.read
print(r(1), r(2), b.read(-1), b.read(), io.BytesIO.read(b), b.read(None))
b.seek(1)
print(b.read(0), b.read(100), b.readline())
b = io.BytesIO(b"l1\nl2\nl3")
rl = b.readline
print(rl(), rl(1), rl(None), b.readline(-1), io.BytesIO.readline(b), b.readline())
b.seek(0)
b.write(b"XY")
print(b.read(), b.getvalue())
try:
    b.write("str")
except TypeError as e:
    print("TypeError:", e)
for size in ("1", 1.5):
    for m in (b.read, b.readline):
        try:
            m(size)
        except TypeError as e:
            print("TypeError:", e)
print(b.read(False), b.readline(True), b.tell())
b.close()
for call in (lambda: b.write(b"x"), lambda: b.read(1), lambda: b.readline(), lambda: b.read()):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)


class Logged(io.BytesIO):
    def write(self, data):
        print("write", bytes(data))
        return super().write(data)

    def read(self, n=-1):
        out = super().read(n)
        print("read", n, out)
        return out

    def readline(self, n=-1):
        out = super().readline(n)
        print("readline", n, out)
        return out


s = Logged()
s.write(b"one\ntwo")
s.seek(0)
s.readline()
s.read(2)
s.read()

doc = {"a": [1, 2.5, "x" * 300, b"y" * 70000, (None, True)], "b": {i: str(i) for i in range(50)}}
data = pickle._dumps(doc, 5)
print(pickle._loads(data) == doc, pickle.loads(data) == doc, pickle._loads(pickle.dumps(doc, 4)) == doc)

# BytesIO.read/write (the closed check and flattening inlined) and bytes[i] (a fast path in getitem):
# the edge cases around them must stay CPython's.
import io
import pickle

b = io.BytesIO(b"hello world")
print(b.read(0), b.read(5), b.read(1), b.tell())
print(b.read(-1), b.tell(), b.read(3), b.tell())
b.seek(20)
print(b.read(2), b.tell())
print(b.read(), b.tell())
b.seek(3)
print(b.read(None), b.tell())

w = io.BytesIO()
print(w.write(b"abc"), w.write(bytearray(b"de")), w.write(memoryview(b"fg")), w.write(b""))
print(w.getvalue(), w.tell())
w.seek(1)
print(w.write(b"XY"), w.getvalue(), w.tell())
w.seek(10)
print(w.write(b"Z"), w.getvalue(), w.tell())
w.seek(0)
print(w.read(4), w.read())
for bad in ("text", 12, None):
    try:
        w.write(bad)
    except TypeError as e:
        print("TypeError", e)
w.close()
for op in (lambda: w.read(1), lambda: w.read(), lambda: w.write(b"x"), lambda: w.write("s")):
    try:
        op()
    except ValueError as e:
        print("ValueError", e)


class Sub(io.BytesIO):
    def read(self, n=-1):
        return super().read(n).upper()


s = Sub(b"abc")
print(s.read(2), s.read())

data = b"\x00\x7f\x80\xff"
ba = bytearray(data)
print([data[i] for i in range(-4, 4)], [ba[i] for i in range(-4, 4)])
for seq in (data, ba):
    for i in (4, -5, 2**40):
        try:
            seq[i]
        except IndexError as e:
            print(type(seq).__name__, i, "IndexError", e)
print(data[True], data[False])


class B(bytes):
    def __getitem__(self, i):
        return ("sub", i)


print(B(b"xy")[0], bytes(B(b"xy"))[0])


class Idx:
    def __index__(self):
        return 1


print(data[Idx()], ba[Idx()])

doc = {"k%d" % i: [i, str(i), float(i), b"b%d" % i, (i, i)] for i in range(300)}
for proto in range(6):
    assert pickle._loads(pickle._dumps(doc, proto)) == doc
    assert pickle.loads(pickle._dumps(doc, proto)) == doc
    assert pickle._loads(pickle.dumps(doc, proto)) == doc
print("pickle round trips ok")

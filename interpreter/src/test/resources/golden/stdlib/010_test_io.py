import io
from contextlib import redirect_stdout

s = io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()), s.tell())
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell(), s.truncate(), repr(s.getvalue()))
s.seek(10)
s.write("!")
print(repr(s.getvalue()))
r = io.StringIO("a\nb\nc")
print(list(r), r.readable(), r.seekable())
r.seek(0)
print(r.readlines(), r.seek(0, 2), r.seek(0, 1))
try:
    r.seek(1, 1)
except OSError as e:
    print("OSError:", e)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured", 42)
print(repr(buf.getvalue()))
print("to file", file=buf, end="|")
print(repr(buf.getvalue()))
with io.StringIO("x") as z:
    pass
try:
    z.read()
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError:", e)

b = io.BytesIO(b"line1\nline2\n")
print(b.readline(), b.read(3), b.tell(), b.getvalue())
b.seek(0, io.SEEK_END)
b.write(b"more")
b.seek(-4, io.SEEK_END)
print(b.read(), b.getvalue(), list(io.BytesIO(b"p\nq")))
try:
    b.write("text")
except TypeError as e:
    print("TypeError:", e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, issubclass(io.UnsupportedOperation, OSError), io.open is open)

import io, os
print(io.UnsupportedOperation.__mro__[1:3], io.DEFAULT_BUFFER_SIZE, io.text_encoding(None), io.text_encoding("latin-1"))
p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_tmp_io_006.txt")
with io.open(p, "w", encoding="utf-8") as f:
    print(isinstance(f, io.TextIOWrapper), type(f) is io.TextIOWrapper)
    f.write("x\n")
with io.open_code(p) as f:
    print(type(f).__name__, isinstance(f, io.BufferedReader), f.read())
with open(p, "rb") as f:
    try:
        f.write(b"x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e, isinstance(e, OSError), isinstance(e, ValueError))
with open(p) as f:
    try:
        f.seek(1, 1)
    except io.UnsupportedOperation as e:
        print(e)
    try:
        f.seek(-1, 2)
    except ValueError as e:
        print("as ValueError:", e)
s = io.StringIO()
print("to StringIO", file=s)
print(repr(s.getvalue()))
import sys
print(type(sys.stdout), type(sys.stdout) is io.TextIOWrapper, isinstance(sys.stderr, io.TextIOWrapper))
with open(p) as f:
    print(type(f) is type(sys.stdout), next(iter(f)), f.fileno() > 2)
os.remove(p)

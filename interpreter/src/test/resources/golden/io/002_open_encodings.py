# open() honours encoding, errors and newline; binary files seek/tell/readinto/truncate; text
# files tell/seek with CPython's cookies (byte positions for a stateless codec).
import os

base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_tmp_io_002")
os.makedirs(base, exist_ok=True)


def P(name):
    return os.path.join(base, name)


with open(P("f1.txt"), "w", encoding="latin-1") as f:
    print(repr(f), f.encoding, f.errors, type(f).__name__)
    f.write("café\n")
    f.write("line2\r\nline3\rend")
with open(P("f1.txt"), "rb") as f:
    print(repr(f), type(f).__name__, f.read())
with open(P("f1.txt"), encoding="latin-1") as f:
    print(f.readline(), f.tell(), repr(f.readline()), f.tell())
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.read(3)), f.tell(), repr(f.read()))
with open(P("f1.txt"), encoding="latin-1", newline="") as f:
    print(list(f))
with open(P("f1.txt"), encoding="latin-1", newline="\r") as f:
    print(f.readlines())
try:
    with open(P("f1.txt"), encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError")
with open(P("f1.txt"), encoding="utf-8", errors="replace") as f:
    print(repr(f.readline()))
try:
    with open(P("f2.txt"), "w", encoding="ascii") as f:
        f.write("é")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError")
with open(P("f2.txt"), "w", encoding="latin-1", errors="replace") as f:
    f.write("é€\n")
print(open(P("f2.txt"), "rb").read())
with open(P("f3.bin"), "w+b") as f:
    print(repr(f), f.mode)
    f.write(b"0123456789")
    print(f.tell(), f.seek(2), f.read(3), f.tell(), f.seek(-2, 2), f.read())
    b = bytearray(4)
    f.seek(0)
    print(f.readinto(b), b)
    f.seek(0, 2); f.write(b"ab"); f.seek(0)
    print(f.read(), f.truncate(4), f.seek(0), f.read())
with open(P("f3.bin"), "ab") as f:
    f.write(b"XY")
print(open(P("f3.bin"), "rb").read())
with open(P("f4.txt"), "w", newline="\r\n") as f:
    f.write("a\nb\n")
print(open(P("f4.txt"), "rb").read(), open(P("f4.txt")).read().splitlines())
for bad in [dict(mode="rw"), dict(mode="rb", encoding="utf-8"), dict(mode="r", newline="x"), dict(mode="r", encoding="nope")]:
    try:
        open(P("f4.txt"), **bad)
    except (ValueError, LookupError) as e:
        print(type(e).__name__, e)
try:
    open(P("missing.txt"))
except FileNotFoundError as e:
    print(e.errno, os.path.basename(e.filename))
f = open(P("f4.txt")); f.close()
try:
    f.read()
except ValueError as e:
    print(e)
print(f.closed)
with open(P("f4.txt"), "a") as f:
    print(f.tell())
    f.write("c\n")
print(open(P("f4.txt"), "rb").read())
try:
    open(P("f4.txt")).write("x")
except Exception as e:
    print(type(e).__name__, e)
for n in os.listdir(base):
    os.remove(os.path.join(base, n))
os.rmdir(base)
print(os.path.exists(base))

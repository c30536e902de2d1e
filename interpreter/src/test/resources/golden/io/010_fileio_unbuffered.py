import io, os
p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_tmp_io_010.bin")
with open(p, "wb", buffering=0) as f:
    print(type(f).__name__, isinstance(f, io.FileIO), f.mode, f.write(b"abc"), os.path.getsize(p))
    print(repr(f).replace(p, "P"))
with open(p, "rb", buffering=0) as f:
    print(f.read(2), f.tell(), f.read(), f.readinto(bytearray(2)))
with open(p, "r+b", buffering=0) as f:
    print(f.mode, f.seek(1), f.write(b"Z"), os.path.getsize(p))
with open(p, "ab", buffering=0) as f:
    print(f.mode, f.write(b"!"))
print(open(p, "rb").read())
try:
    open(p, "r", buffering=0)
except ValueError as e:
    print(e)
os.remove(p)

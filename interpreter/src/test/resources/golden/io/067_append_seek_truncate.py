# Append mode (O_APPEND): a write after seek(0) still lands at the end, tell() follows it; truncate past
# the end pads with zero bytes; in "a" mode a write through the descriptor (os.write) lands at the end too.
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "a.txt")
with open(p, "w") as f:
    f.write("0123456789\n")
with open(p, "a+") as f:
    f.seek(0)
    print("after seek", f.tell())
    f.write("tail\n")
    print("after write", f.tell())
    f.seek(3)
    print(repr(f.read(4)), f.tell())
    f.write("more\n")
    f.flush()
    print("after flush", f.tell())
    f.write("again\n")
    print("tell", f.tell(), "size", os.path.getsize(p))
    print("truncate", f.truncate(40), "size", os.path.getsize(p))
    print("tell after truncate", f.tell())
    f.write("end\n")
    print("tell", f.tell())
with open(p, "a") as f:
    print("write-only at open", f.tell())
    f.write("w1\n")
    f.seek(0)
    print("seek", f.tell())
    f.write("w2\n")
    f.flush()
    print("after flush", f.tell())
    os.write(f.fileno(), b"raw2\n")
    print("after os.write", f.tell())
    print("truncate", f.truncate(70), f.tell(), os.path.getsize(p))
    f.write("w3\n")
    print("tell", f.tell())
    print("truncate", f.truncate(60), f.tell(), os.path.getsize(p))
    f.write("w4\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, "ab") as f:
    for i in range(1000):
        f.write(b"x" * 100)
        f.flush()
    print("binary tell", f.tell(), os.path.getsize(p))
os.remove(p)
os.rmdir(d)

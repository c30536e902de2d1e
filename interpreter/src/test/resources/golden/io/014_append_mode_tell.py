# Append mode: every write lands at the end (even past another writer's), tell() is the end after a flush.
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "a.log")
with open(p, "w") as f:
    f.write("first\n")
a = open(p, "a")
print("tell at open", a.tell())
a.write("second\n")
print("tell after write", a.tell())
other = open(p, "a")
other.write("from other\n")
other.flush()
print("other tell", other.tell())
a.write("third\n")
a.flush()
print("tell after flush", a.tell())
for i in range(3):
    a.write("line %d\n" % i)
    a.flush()
print("tell", a.tell(), "size", os.path.getsize(p))
b = open(p, "ab")
b.write(b"bytes\n")
print("binary tell", b.tell())
b.close()
a.write("last\n")
a.close()
other.close()
with open(p) as f:
    print(f.read(), end="")
with open(p, "a+") as f:
    f.write("plus\n")
    f.seek(0)
    print(repr(f.readline()), f.tell())
with open(p) as f:
    print(f.read().splitlines()[-1])
os.remove(p)
os.rmdir(d)

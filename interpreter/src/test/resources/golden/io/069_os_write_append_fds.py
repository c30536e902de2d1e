# write(2) on a descriptor opened with O_APPEND goes to the end whatever the offset, also when the
# descriptor reads as well ("a+", O_RDWR|O_APPEND): gilspy wrote at offset 0 there, over the file's start
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "f")
with open(p, "w") as f:
    f.write("abc\n")
fd = os.open(p, os.O_RDWR | os.O_APPEND)
os.write(fd, b"xyz\n")
os.lseek(fd, 0, os.SEEK_SET)
print(os.read(fd, 100))            # O_RDWR|O_APPEND still reads
os.lseek(fd, 0, os.SEEK_SET)
os.write(fd, b"end\n")             # at the end, not at offset 0
os.close(fd)
with open(p, "a+") as f:
    os.write(f.fileno(), b"123\n")
    f.seek(0)
    print(repr(f.read()))
fd = os.open(p, os.O_RDONLY | os.O_APPEND)
print(os.read(fd, 4))
try:
    os.write(fd, b"no")
except OSError as e:
    print("OSError", e.errno)
os.close(fd)
fd = os.open(p, os.O_WRONLY | os.O_APPEND)
os.lseek(fd, 0, os.SEEK_SET)
os.write(fd, b"last\n")
os.close(fd)
print(open(p).read(), end="")
os.remove(p)
os.rmdir(d)

# The descriptor functions of posix: open/read/write/lseek/close, pipe, dup/dup2, fstat, isatty,
# ftruncate, and the errors for a closed or unknown descriptor.
import os
import stat

base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_tmp_io_003.bin")
fd = os.open(base, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(fd >= 3, os.write(fd, b"abcdef"), os.write(fd, bytearray(b"gh")))
os.close(fd)
fd = os.open(base, os.O_RDWR)
print(os.read(fd, 3), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 1, os.SEEK_SET), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, -2, os.SEEK_END), os.read(fd, 5), os.fstat(fd).st_size, stat.S_ISREG(os.fstat(fd).st_mode))
fd2 = os.dup(fd)
print(fd2 != fd, os.lseek(fd2, 0, os.SEEK_SET), os.lseek(fd, 0, os.SEEK_CUR))
os.ftruncate(fd, 3)
print(os.fstat(fd2).st_size, os.read(fd2, 10))
os.close(fd2)
print(os.isatty(fd))
os.close(fd)
for call, args in [(os.close, (fd,)), (os.read, (fd, 1)), (os.write, (fd, b"x")), (os.fstat, (fd,))]:
    try:
        call(*args)
    except OSError as e:
        print(call.__name__, type(e).__name__, e.errno, e)
try:
    os.open(base + ".missing", os.O_RDONLY)
except FileNotFoundError as e:
    print(e.errno, os.path.basename(e.filename))
try:
    os.open(base, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print(e.errno, e.strerror)
os.remove(base)
r, w = os.pipe()
print(os.write(w, b"through the pipe"), os.read(r, 7), os.read(r, 100))
print(stat.S_ISFIFO(os.fstat(r).st_mode))
try:
    os.lseek(r, 0, os.SEEK_SET)
except OSError as e:
    print(e.errno, e.strerror)
w2 = os.dup(w)
os.close(w)
os.write(w2, b"dup'd")
os.close(w2)
print(os.read(r, 100), os.read(r, 100))
os.close(r)
r, w = os.pipe()
r3 = os.dup(r)
os.dup2(r, r3)
os.write(w, b"x")
print(os.read(r3, 1))
for fd in (r, w, r3):
    os.close(fd)
try:
    os.write(1, "str")
except TypeError as e:
    print(e)

# mmap: anonymous and file-backed maps, slicing, find/rfind, read/readline/write, seek, move, resize,
# flush, close, ACCESS_* modes and their errors, the buffer protocol (memoryview, struct.pack_into)
import mmap, os, tempfile
m = mmap.mmap(-1, 10)
print(repr(m))
for f in [lambda: m.seek(20), lambda: m[20], lambda: m.__setitem__(0, 300), lambda: m.__setitem__(slice(0, 2), b'abc'),
          lambda: m.move(8, 0, 5), lambda: m.flush(0, 20), lambda: m.resize(20), lambda: m.write(b'x' * 20),
          lambda: m.read_byte() if m.seek(10) is None else 0, lambda: m.write_byte(1), lambda: m['a'],
          lambda: mmap.mmap(-1, 0), lambda: mmap.mmap(-1, -1), lambda: mmap.mmap(-1, 10, access=5),
          lambda: mmap.mmap(-1, 10, access=1, prot=1), lambda: m.size()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(len(m), m.tell(), m[:], m[::3], m[-1])
r = mmap.mmap(-1, 4, access=mmap.ACCESS_READ)
for f in [lambda: r.write(b'a'), lambda: r.__setitem__(0, 1), lambda: r.resize(3), lambda: r.write_byte(1),
          lambda: r.move(0, 1, 1), lambda: r.flush(), lambda: memoryview(r).readonly,
          lambda: m.read_byte() if m.seek(0, 2) is None else 0, lambda: m.seek(-1, 3), lambda: m.find(b'x', 100),
          lambda: m.readline(), lambda: m.read(-5), lambda: m.write_byte(300), lambda: m.write_byte(-1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
m.seek(0)
m.write(b'line one\nline 2\nend')
m.seek(0)
print(m.readline(), m.readline(), m.tell(), m.read(2), m.read(), m.read())
print(m.find(b'line'), m.find(b'line', 1), m.rfind(b'line'), m.rfind(b'line', 0, 12), m.find(b'zz'), m.find(b'e', -5))
m.move(0, 5, 3)
print(m[:12], list(m[:4]), list(m)[:3], b'o' in m)
v = memoryview(m)
print(v.readonly, v.nbytes, v.obj is m, bytes(v[0:4]))
v[0:4] = b'ABCD'
print(m[0:6], bytes(m[:2]))
v.cast('I')[1] = 0x64636261
print(m[:8])
import struct
struct.pack_into('<hI', m, 10, -2, 7)
print(struct.unpack_from('<hI', m, 10), m[10:16])
v.release()
m.close()
print(m.closed, repr(m))
for f in [lambda: m.read(), lambda: len(m), lambda: m[0], lambda: memoryview(m)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
with mmap.mmap(-1, 3) as a:
    print(a.closed)
print(a.closed)

# file-backed
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'f.bin')
    with open(path, 'wb') as f:
        f.write(b'Hello, mapped world!\n' * 3)
    with open(path, 'r+b') as f:
        mm = mmap.mmap(f.fileno(), 0)
    print(repr(mm), mm.size(), mm[:5])
    mm[0:5] = b'HELLO'
    mm.flush()
    with open(path, 'rb') as f:
        print(f.read(12))
    mm.resize(100)
    print(len(mm), mm.size(), os.path.getsize(path), mm[60:66])
    mm[99] = 33
    mm.resize(10)
    mm.close()
    with open(path, 'rb') as f:
        print(f.read())
    for kw in [dict(length=0), dict(length=100), dict(length=5, offset=4096), dict(length=5, offset=1)]:
        with open(path, 'rb') as f:
            try:
                x = mmap.mmap(f.fileno(), **kw)
                print(x[:])
            except Exception as e:
                print(type(e).__name__, e)
    with open(path, 'rb') as f:
        ro = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        cp = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_COPY)
        try:
            mmap.mmap(f.fileno(), 0)
        except Exception as e:
            print(type(e).__name__, e)
    cp[0:2] = b'zz'
    print(ro[:], cp[:], repr(cp))
    with open(path, 'rb') as f:
        print(f.read())
    empty = os.path.join(tmp, 'e')
    open(empty, 'w').close()
    with open(empty, 'rb') as f:
        try:
            mmap.mmap(f.fileno(), 0)
        except Exception as e:
            print(type(e).__name__, e)
    ro.close(); cp.close()
    big = os.path.join(tmp, 'big')
    with open(big, 'wb') as f:
        f.write(bytes(range(256)) * 32)
    with open(big, 'r+b') as f:
        w = mmap.mmap(f.fileno(), 4096, offset=4096)
        print(w[:4], len(w), w.size(), repr(w))
        w.close()
print(sorted(x for x in dir(mmap) if x.isupper() and not x.startswith('MADV')))
print(mmap.mmap, mmap.error, mmap.PAGESIZE, mmap.ALLOCATIONGRANULARITY)
class Sub(mmap.mmap):
    pass
s = Sub(-1, 4)
print(type(s).__name__, len(s), isinstance(s, mmap.mmap))

# extended slices against bytes' own, an __index__ that closes the map (gh-103987), reading past a
# shrunk end, flush at an offset off a page (EINVAL), a large anonymous map touched in one place
import sys
src = bytes(reversed(range(256)))
e = mmap.mmap(-1, len(src))
e[:] = src
idx = (0, None, 3, 300, sys.maxsize, -1, -31, -300)
print(all(e[a:b:c] == src[a:b:c] for a in idx for b in idx for c in idx[2:]))
L = list(src)
L[300:0:-3] = bytes(len(L[300:0:-3]))
e[300:0:-3] = bytes(len(src[300:0:-3]))
print(e[:] == bytes(L))
class Closer:
    def __index__(self):
        e.close()
        return 1
for f in (lambda: e[Closer()], lambda: e.read(Closer()), lambda: e.write_byte(Closer())):
    try:
        f()
    except ValueError as x:
        print('ValueError', x)
g = mmap.mmap(-1, 8192)
g.read(5000)
g.resize(4096)
print(g.read(14), g.readline(), g.tell())
for f in (g.read_byte, lambda: g.write(b'abc'), lambda: g.flush(1, 6)):
    try:
        f()
    except (ValueError, OSError) as x:
        print(type(x).__name__, x)
big = mmap.mmap(-1, 1 << 30)
big[(1 << 30) - 1] = 7
print(len(big), big[-1], big.find(b'\x07', -2))
big.close()

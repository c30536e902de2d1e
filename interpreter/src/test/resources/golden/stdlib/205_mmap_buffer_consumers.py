# an mmap as a bytes-like argument: bytes/bytearray, re, zlib, hashlib, codecs, BytesIO, join,
# memoryview comparison, file write/readinto, os.write
import mmap, re, zlib, hashlib, os, tempfile, io, codecs
m = mmap.mmap(-1, 32)
m.write(b'hello world, hello mmap\n')
for name, f in [('bytes', lambda: bytes(m)[:5]), ('bytearray', lambda: bytearray(m)[:5]),
                ('re', lambda: [x.span() for x in re.finditer(rb'hello', m)]),
                ('re.search', lambda: re.search(rb'w\w+', m).group()),
                ('zlib', lambda: zlib.crc32(m)), ('md5', lambda: hashlib.md5(m).hexdigest()),
                ('decode', lambda: codecs.decode(m[:5])),
                ('bytesio', lambda: io.BytesIO(m).read(5)),
                ('join', lambda: b'-'.join([m[:2], memoryview(m)[2:4]])),
                ('eq', lambda: memoryview(m)[:5] == b'hello'),
                ('in', lambda: b'hello' in m[:]),
                ]:
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'x')
    with open(p, 'wb') as f:
        print('write', f.write(m))
    fd = os.open(p, os.O_RDWR)
    print('os.write', os.write(fd, m))
    os.lseek(fd, 0, 0)
    print(os.read(fd, 5))
    with open(p, 'rb') as f:
        buf = mmap.mmap(-1, 8)
        print('readinto', f.readinto(buf), buf[:])
    os.close(fd)

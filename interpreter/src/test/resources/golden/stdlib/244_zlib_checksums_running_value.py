# zlib.crc32/adler32 and binascii.crc32 from a running value: the checksums of a stream fed in pieces equal the
# checksum of the whole, for any start value (out-of-range Adler-32 starts too), around the 5 KiB GIL threshold.
import binascii
import random
import zlib

r = random.Random(7)
for n in (0, 1, 2, 3, 15, 16, 17, 100, 5000, 5200, 70000, 300000):
    d = r.randbytes(n)
    row = []
    for s in (0, 1, 2, 0xffffffff, 0x12345678, 65521, 65535, 0xfff0fff0, r.getrandbits(32), -1, 2**40 + 3):
        row.append((zlib.crc32(d, s), zlib.adler32(d, s), binascii.crc32(d, s)))
    c, a = 0, 1
    for i in range(0, n, 4999):
        c = zlib.crc32(d[i:i + 4999], c)
        a = zlib.adler32(d[i:i + 4999], a)
    print(n, row[:3], row[3:], c == zlib.crc32(d), a == zlib.adler32(d))
print(zlib.crc32(memoryview(b'abc' * 3000)[1:], 7), zlib.adler32(bytearray(b'xyz' * 3000), 7))

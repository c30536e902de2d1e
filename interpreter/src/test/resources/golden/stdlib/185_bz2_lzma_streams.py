# _bz2 and _lzma (Modules/_bz2module.c, Modules/_lzmamodule.c) under CPython's bz2.py and lzma.py:
# one-shot and incremental coding, round trips, CPython-made streams decoded, max_length,
# needs_input, eof, unused_data, concatenated streams, the formats and filter chains, the errors.
import bz2
import lzma
import random

rng = random.Random(1234)
words = [b"alpha", b"beta", b"gamma", b"delta", b"gil", b"thread", b"lock", b"\x00\xff"]
data = b" ".join(rng.choice(words) for _ in range(60000))
print("data", len(data))

# CPython's own streams (made by libbz2/liblzma), decoded here
small = b"gilspy " * 40 + b"end\n"
BZ = (b'BZh91AY&SYk\xd9\xa2\x0c\x00\x00)Q\x80\x00\x10@\x00\x06\xa5H  \x001\x00\xd3M\x01R\x80\x1a^\x84w"3\xb1'
      b'\x1c\x11\xca\x11\xe1\x14#\xe2\xeeH\xa7\n\x12\r{4A\x80')
XZ = (b'\xfd7zXZ\x00\x00\x04\xe6\xd6\xb4F\x02\x00!\x01\x16\x00\x00\x00t/\xe5\xa3\xe0\x01\x1b\x00\x12]\x003\x9aI'
      b'\xd7\xfb\x89\x95RP\xb2\xac\x9d\xd4\x96\xe5=\x00\x00\x00\x00\x00\xact\xb5m\x8cz\xa5K\x00\x01.\x9c\x02\x00\x00'
      b'\x00\x01\xb2\x0c@\xb1\xc4g\xfb\x02\x00\x00\x00\x00\x04YZ')
ALONE = (b']\x00\x00\x80\x00\xff\xff\xff\xff\xff\xff\xff\xff\x003\x9aI\xd7\xfb\x89\x95RP\xb2\xac\x9d\xd4\x96\xef'
         b'\xc5\x81\xff\xff\xfby@\x00')
RAW = b'\xe0\x01\x1b\x00\x12]\x003\x9aI\xd7\xfb\x89\x95RP\xb2\xac\x9d\xd4\x96\xe5=\x00\x00\x00'
print("cpython bz2", bz2.decompress(BZ) == small)
print("cpython xz", lzma.decompress(XZ) == small, lzma.decompress(XZ, format=lzma.FORMAT_XZ) == small)
print("cpython alone", lzma.decompress(ALONE) == small, lzma.decompress(ALONE, format=lzma.FORMAT_ALONE) == small)
raw2 = [{"id": lzma.FILTER_LZMA2, "preset": 0}]
print("cpython raw", lzma.decompress(RAW, format=lzma.FORMAT_RAW, filters=raw2) == small)

# round trips at several levels and formats
for level in (1, 5, 9):
    print("bz2 level", level, bz2.decompress(bz2.compress(data, level)) == data)
for preset in (0, 3, 6, 9 | lzma.PRESET_EXTREME):
    print("xz preset", preset, lzma.decompress(lzma.compress(data, preset=preset)) == data)
for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    c = lzma.compress(data[:5000], check=check)
    d = lzma.LZMADecompressor()
    print("check", check, d.check, d.decompress(c) == data[:5000], d.check, d.eof)
alone = lzma.compress(data, format=lzma.FORMAT_ALONE)
print("alone", lzma.decompress(alone) == data)
chains = [
    [{"id": lzma.FILTER_DELTA, "dist": 4}, {"id": lzma.FILTER_LZMA2, "preset": 1}],
    [{"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA2, "dict_size": 1 << 16, "lc": 2, "lp": 1, "pb": 1}],
    [{"id": lzma.FILTER_LZMA1, "mode": lzma.MODE_FAST, "nice_len": 32, "mf": lzma.MF_HC4}],
]
for chain in chains:
    raw = lzma.compress(data, format=lzma.FORMAT_RAW, filters=chain)
    print("raw", [f["id"] for f in chain], lzma.decompress(raw, format=lzma.FORMAT_RAW, filters=chain) == data)
    if chain[-1]["id"] == lzma.FILTER_LZMA2:
        xz = lzma.compress(data, filters=chain)
        print("  xz with the chain", lzma.decompress(xz) == data)

# incremental: small pieces in, bounded pieces out
def feed(dec, stream, piece, max_length):
    out = []
    i = 0
    calls = 0
    while not dec.eof:
        chunk = b""
        if dec.needs_input:
            chunk = stream[i:i + piece]
            i += piece
            if not chunk:
                raise EOFError("stream ended early")
        got = dec.decompress(chunk, max_length)
        assert max_length < 0 or len(got) <= max_length
        out.append(got)
        calls += 1
    return b"".join(out), calls > 2

for name, make, stream in (("bz2", bz2.BZ2Decompressor, bz2.compress(data)),
                           ("xz", lzma.LZMADecompressor, lzma.compress(data))):
    for piece, max_length in ((1000, 4096), (7, -1), (100000, 100)):
        d = make()
        out, several = feed(d, stream + b"TRAILING", piece, max_length)
        # how much of the trailer is unused_data depends on where the pieces cut the stream
        print(name, piece, max_length, out == data, several, d.eof, d.needs_input, b"TRAILING".startswith(d.unused_data))
    d = make()
    print(name, "whole", d.decompress(stream + b"TRAILING") == data, d.eof, d.unused_data, d.needs_input)
    try:
        d.decompress(b"more")
    except EOFError as e:
        print(name, "EOFError", e)

c = bz2.BZ2Compressor()
parts = [c.compress(data[i:i + 10000]) for i in range(0, len(data), 10000)] + [c.flush()]
print("bz2 incremental", bz2.decompress(b"".join(parts)) == data)
for bad in (lambda: c.compress(b"x"), c.flush):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
c = lzma.LZMACompressor(check=lzma.CHECK_SHA256)
parts = [c.compress(data[i:i + 10000]) for i in range(0, len(data), 10000)] + [c.flush()]
print("xz incremental", lzma.decompress(b"".join(parts)) == data)

# concatenated streams (bz2.py and lzma.py loop over unused_data)
print("concatenated", bz2.decompress(BZ + bz2.compress(b"!")) == small + b"!",
      lzma.decompress(XZ + lzma.compress(b"?")) == small + b"?")

# errors, as CPython words them
def err(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: bz2.decompress(b"not bzip2 data at all"))
err(lambda: bz2.decompress(BZ[:-10]))
err(lambda: bz2.BZ2Compressor(10))
err(lambda: lzma.decompress(b"not xz data at all, really"))
err(lambda: lzma.decompress(XZ[:30] + b"\x00" * 20 + XZ[50:]))
err(lambda: lzma.decompress(XZ[:-5]))
err(lambda: lzma.LZMACompressor(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32))
err(lambda: lzma.LZMACompressor(preset=1, filters=raw2))
err(lambda: lzma.LZMACompressor(format=lzma.FORMAT_RAW))
err(lambda: lzma.LZMACompressor(format=9))
err(lambda: lzma.LZMADecompressor(format=lzma.FORMAT_RAW, memlimit=1 << 20, filters=raw2))
err(lambda: lzma.LZMADecompressor(format=lzma.FORMAT_XZ, filters=raw2))
err(lambda: lzma.LZMADecompressor(format=lzma.FORMAT_RAW))
err(lambda: lzma.compress(b"x", format=lzma.FORMAT_RAW, filters=[{"id": 99}]))
err(lambda: lzma.compress(b"x", format=lzma.FORMAT_RAW, filters=[{"dist": 1}]))
err(lambda: lzma.compress(b"x", format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_DELTA, "bogus": 1}]))
err(lambda: lzma.compress(b"x", format=lzma.FORMAT_RAW, filters=[1]))
err(lambda: lzma.compress(b"x", format=lzma.FORMAT_ALONE, filters=raw2))
err(lambda: lzma.compress(b"x", format=lzma.FORMAT_ALONE, preset=12))
err(lambda: lzma.decompress(lzma.compress(data), memlimit=1 << 10))

print([lzma.is_check_supported(i) for i in range(17)])
for spec in ({"id": lzma.FILTER_LZMA1, "preset": 6}, {"id": lzma.FILTER_LZMA2, "dict_size": 100000},
             {"id": lzma.FILTER_DELTA, "dist": 7}):
    props = lzma._encode_filter_properties(spec)
    print(spec["id"], props, lzma._decode_filter_properties(spec["id"], props))

import struct
import math

print(struct.calcsize("bi"), struct.calcsize("<bi"), struct.calcsize("@bhq"), struct.calcsize("bq0i"), struct.calcsize("ic"), struct.calcsize("3s2x?"), struct.calcsize("!HL"), struct.calcsize("lLnNP"))
print(struct.pack("<hHiIqQ", -2, 65535, -7, 4000000000, -(2 ** 63), 2 ** 64 - 1))
print(struct.pack(">hHiIqQ", -2, 65535, -7, 4000000000, -(2 ** 63), 2 ** 64 - 1))
print(struct.pack("bi", 1, 2), struct.pack("=bi", 1, 2), struct.pack("!I", 1), struct.pack("?c3s2xp", [], b"z", b"abcdef", b"x"), struct.pack("5p", b"hello world"))
packed = struct.pack("<bBhHiIlLqQ?cd f", -1, 255, -300, 300, -70000, 70000, -5, 5, -(2 ** 40), 2 ** 40, True, b"!", 3.5, 1.5)
print(packed, struct.unpack("<bBhHiIlLqQ?cd f", packed))
for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1e-310, 5e-324, 1.7976931348623157e308, float("inf"), float("-inf"), 123456.789, 2.0 ** -1022]:
    b1 = struct.pack(">d", x)
    b2 = struct.pack("<f", x) if abs(x) < 3.4e38 or math.isinf(x) else b""
    print(repr(x), b1.hex(), struct.unpack(">d", b1)[0] == x or x != x, b2.hex(), struct.unpack("<f", b2)[0] if b2 else None)
for x in [3.4028235e38, 1e-45, 1e-40, 0.3, 16777217.0, 1.401298464324817e-45 / 2, 3.4028234e38]:
    print(repr(x), struct.pack(">f", x).hex(), struct.unpack(">f", struct.pack(">f", x))[0])
print(math.isnan(struct.unpack("d", struct.pack("d", float("nan")))[0]), struct.pack(">d", float("nan")).hex())
s = struct.Struct("!HH")
print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x00\x03\x00\x04"), s.unpack_from(b"xx\x00\x05\x00\x06", 2), list(s.iter_unpack(b"\x00\x01\x00\x02\x00\x03\x00\x04")))
tests = [("I", 2 ** 32), ("L", 2 ** 64), ("<Q", 2 ** 64), ("<q", -2 ** 63 - 1), ("<L", 2 ** 32), ("<I", -1), ("B", 256), ("b", 200), ("h", 40000), ("H", -1), ("i", 2 ** 31), ("I", -1), ("l", 2 ** 63), ("L", -1), ("q", 2 ** 63), ("Q", -1), ("<h", 40000), ("<H", -1), ("<i", 2 ** 31), ("<I", 2 ** 32), ("<l", 2 ** 31), ("<L", -1), ("<q", 2 ** 63), ("<Q", -1), (">b", -129), ("n", 2 ** 63), ("N", -1), ("<f", 1e300), ("c", b"ab"), ("i", "x"), ("i", 1.5), ("s", 1), ("d", "x")]
for f, v in tests:
    try:
        struct.pack(f, v)
        print(f, "ok")
    except struct.error as e:
        print(repr(f), "error:", e)
    except OverflowError as e:
        print(repr(f), "OverflowError:", e)
for f, a in [("ii", (1,)), ("i", (1, 2)), ("z", (1,)), ("<P", (1,)), ("<n", (1,))]:
    try:
        struct.pack(f, *a)
    except struct.error as e:
        print(repr(f), "error:", e)
for call in [lambda: struct.unpack("i", b"abc"), lambda: struct.unpack_from("i", b"abcdef", 3), lambda: struct.calcsize("3")]:
    try:
        call()
    except struct.error as e:
        print("error:", e)
print(struct.pack("f", 1e300), struct.unpack("<h", b"\xff\x7f"), struct.unpack(">?", b"\x02"))

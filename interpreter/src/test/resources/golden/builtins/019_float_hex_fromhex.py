# float.hex() and float.fromhex() in CPython's format (test_float imports fine only with fromhex).
for x in (1.0, 0.1, -2.5, 0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e100,
          float("inf"), float("-inf"), float("nan")):
    h = x.hex()
    back = float.fromhex(h)
    print(h, back == x or (x != x and back != back))
for s in ("0x1p0", "1.8p3", " 0X1.8P+3 ", "-0x.8", "0x10", "a", "0x1.p-2", "inf", "-Infinity", "nan", "+0x0p0"):
    print(repr(s), float.fromhex(s))
for bad in ("", "0x", "p3", "0x1q", "1e3", "0x1p", "--1"):
    try:
        float.fromhex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
try:
    float.fromhex("0x1p5000")
except OverflowError as e:
    print("OverflowError:", e)


class F(float):
    pass


print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"))

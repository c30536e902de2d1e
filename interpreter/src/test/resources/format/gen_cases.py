#!/usr/bin/env python3
"""Regenerates cases.tsv, the expected results of PyFormat, from the running CPython.

    python3 gen_cases.py > cases.tsv      (run with CPython 3.11)

Each row is: kind TAB value TAB arg TAB expected. Errors are written as
"!ExceptionType: message". Values are tagged: i:<int, decimal or 0x hex> f:<float.hex()> s:<str> b:<bool> n:
(None) o:<str of an object>|<type name> t:<item>US<item>... (tuple) d:<key>RS<value>US... (dict),
y:<hex bytes>. US/RS are the ASCII unit/record separators. Every field escapes backslash, tab,
newline and anything outside printable ASCII as \\uXXXX or \\UXXXXXXXX.
"""
import math
import random
import sys

US, RS = "\x1f", "\x1e"
assert sys.version_info[:2] == (3, 11), "expected values must come from CPython 3.11"


def esc(text):
    out = []
    for ch in text:
        c = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif 0x20 <= c < 0x7f:
            out.append(ch)
        elif c < 0x10000:
            out.append("\\u%04x" % c)
        else:
            out.append("\\U%08x" % c)
    return "".join(out)


class Obj:
    """An object whose type has no __format__ of its own."""

    def __init__(self, text):
        self.text = text

    def __str__(self):
        return self.text

    def __repr__(self):
        return "<" + self.text + ">"


Obj.__name__ = Obj.__qualname__ = "Point"


def tag(v):
    if v is None:
        return "n:"
    if isinstance(v, bool):
        return "b:" + str(v)
    if isinstance(v, int):
        return "i:" + (str(v) if abs(v) < 10 ** 100 else hex(v))
    if isinstance(v, float):
        return "f:" + ("nan" if math.isnan(v) else v.hex())
    if isinstance(v, str):
        return "s:" + v
    if isinstance(v, bytes):
        return "y:" + v.hex()
    if isinstance(v, tuple):
        return "t:" + US.join(tag(x) for x in v)
    if isinstance(v, dict):
        return "d:" + US.join(k + RS + tag(x) for k, x in v.items())
    if isinstance(v, Obj):
        return "o:" + v.text + "|" + type(v).__name__
    raise TypeError(v)


def run(fn):
    try:
        return fn()
    except Exception as e:  # noqa: BLE001 - the error text is the expected value
        return "!" + type(e).__name__ + ": " + str(e)


rows = []


def row(kind, value, arg, expected):
    rows.append("\t".join([kind, esc(tag(value)), esc(str(arg)), esc(expected)]))


# ---------------------------------------------------------------- floats
rng = random.Random(20261125)
floats = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375,
          2.675, 1.005, 1.115, 0.045, 1234.5675, 123456.789, 3.14159265358979, math.pi, math.e,
          1e15, 1e16, 9999999999999998.0, 1e16 + 2, 2e16 + 8, 123456789012345.0, 1234567890123456.8,
          1e22, 1e23, 1e-4, 1e-5, 1.5e-7, 0.0001234, 0.00001234, 5e-324, 2.2250738585072014e-308,
          2.225073858507201e-308, 1.7976931348623157e308, 1e300, 1e-300, 2 ** 53, 2 ** 53 + 2, 2 ** 63,
          2 ** 64, 1e20, -1e20, 9.995, 9.9995, 0.95, 0.995, 99.5, 999999.5, 0.05, 0.015, 1e100,
          math.inf, -math.inf, math.nan, 100.0, 12345.678, -0.001, -0.0004, 0.000999, 4.35, 0.7,
          2.82879384806159e17, 1.0e23 * 2, 5e-10, 7.0e-10, 4.940656458412e-324, 1e-320, 123.0,
          float(2 ** 62), 0.1 + 0.2, 1 - 1e-16, 1e21, 1e-7]
floats += [rng.uniform(-1000, 1000) for _ in range(12)]
floats += [rng.random() * 10 ** rng.randint(-30, 30) for _ in range(12)]
floats += [round(rng.uniform(0, 100), 3) for _ in range(8)]  # many sit on ...5 boundaries
floats = [float(x) for x in floats]

float_specs = ["", ".2f", ".0f", ".1f", ".3f", ".10f", ".17f", ".25f", "f", "F", "e", ".0e", ".3e",
               ".16e", "E", "g", ".0g", ".1g", ".3g", ".10g", ".16g", ".17g", "G", "#g", "#.3g",
               "#.0f", "#.0e", ".3", ".1", ".10", "#", "%", ".1%", ".0%", "n", ".3n", ",", ",.2f",
               "_.3f", "015.3f", "+.2f", " .2f", "=+12.3f", "*^15.4e", "<12g", ">12", "z.2f",
               "z.1e", "z", "+z.0f", "010,.1f", "020_.2f", ",g", ",.3e", "012", "^+10.1f", "x<9.2%",
               "09.3g", "#12.0f", ",.0f", "-10.4", " 09,.1f"]
for x in floats:
    row("repr", x, "", repr(x))
for x in floats[:70]:
    for spec in float_specs:
        row("format", x, spec, run(lambda: format(x, spec)))
for x in floats[70:]:
    for spec in ["", ".2f", ".3e", ".5g", ",.2f", "%"]:
        row("format", x, spec, run(lambda: format(x, spec)))
for spec in ["d", "s", "x", "c", "b", ".2d", "ss", ",n", "_n", "1,_", ".", ".f", "\u00e9", "\x01",
             "99999999999999999999", ".99999999999999999999f", "=", "0=", "<0"]:
    row("format", 1.5, spec, run(lambda: format(1.5, spec)))

# ---------------------------------------------------------------- ints
ints = [0, 1, -1, 7, 42, -42, 255, 1234, -1234567, 65, 0x10FFFF, 2 ** 31, 2 ** 63 - 1, -2 ** 63,
        2 ** 64, 10 ** 20, -10 ** 30, 123456789012345678901234567890, 10 ** 400]
int_specs = ["", "d", ",", "_", "010,", "09,", "08,", "07,", "012_", "#x", "#X", "X", "x", "_x",
             "#_b", "b", "o", "#o", "c", "n", "+d", " d", "=+10", "^10", "*<10", "0=10", ".2f",
             "e", "%", "g", ",.2f", "s", ".2", "z", "010_x", "#010x", "-#12_b", "+#o", ",x", ",b",
             "05", "<05", "x=+9", "010", "+", " ", "#", "#d", "=10,", ".3e", "E", "G", "F", "n,",
             "^", "\u00e9<10", "\U0001F600^7"]
for n in ints:
    for spec in int_specs:
        row("format", n, spec, run(lambda: format(n, spec)))
    row("str", n, "", str(n))
    for base in (2, 8, 16):
        row("base", n, base, {2: bin, 8: oct, 16: hex}[base](n))
for n in (10 ** 4299, 10 ** 4300 - 1, 10 ** 4300, -10 ** 4300, 10 ** 5000, 7 ** 10000):
    row("str", n, "", run(lambda: str(n)))
for spec in ["c", "+c", "#c", ",c", "5c", "05c"]:
    for n in (65, -1, 0x110000, 0x1F600):
        row("format", n, spec, run(lambda: format(n, spec)))

# ---------------------------------------------------------------- bool, None, objects
for b in (True, False):
    for spec in ["", "d", ">5", "5", "s", ".1f", "x", "#b", ",", "^7", "c", "+", "%"]:
        row("format", b, spec, run(lambda: format(b, spec)))
for spec in ["", ">5", "s"]:
    row("format", None, spec, run(lambda: format(None, spec)))
    row("format", b"ab", spec, run(lambda: format(b"ab", spec)))
    row("format", Obj("P(1)"), spec, run(lambda: format(Obj("P(1)"), spec)))

# ---------------------------------------------------------------- str
strs = ["abc", "", "h\u00e9llo", "\u65e5\u672c", "\U0001F600x", "a\tb", "longer text here"]
str_specs = ["", "s", "10", "<10", ">10", "^10", "^11", "*^9", ".2", "10.3", ".0", "=5", "+", " ",
             ",", "_", "d", "#", "z", "05", "x<5", "\u00b7>6", "\U0001F600^6", ".1s", "<", "3.1",
             "z5", "x", "0<4"]
for s in strs:
    for spec in str_specs:
        row("format", s, spec, run(lambda: format(s, spec)))

# ---------------------------------------------------------------- % formatting
percent_cases = [
    ("%s", "abc"), ("%s", 42), ("%s", 1.5), ("%s", True), ("%s", None), ("%r", "it's"), ("%a", "h\u00e9"),
    ("%s and %s", ("a", "b")), ("%d", 42), ("%i", -7), ("%u", 3), ("%d", 3.7), ("%d", -3.7), ("%d", True),
    ("%5d", 42), ("%-5d|", 42), ("%05d", -42), ("%+d", 5), ("% d", 5), ("%+05d", 5), ("%.3d", 7),
    ("%8.3d", -7), ("%x", 255), ("%X", 255), ("%#x", 255), ("%#X", 255), ("%#o", 8), ("%o", -8),
    ("%#08x", 255), ("%#8x", 255), ("%-#8x|", 255), ("%#.4x", 255), ("%f", 3.14159), ("%.2f", 2.675),
    ("%.2f", 0.125), ("%10.3f", -3.14159), ("%-10.1f|", 2.25), ("%010.2f", -1.5), ("%+.1f", 0.05),
    ("%e", 12345.678), ("%.0e", 5.0), ("%E", 1e-10), ("%g", 0.0001), ("%g", 1e-5), ("%G", 1e20),
    ("%#g", 1.0), ("%#.0f", 3.0), ("%.3g", 1234.5), ("%f", 1), ("%.1f", 10 ** 20), ("%f", float("inf")),
    ("%05f", float("-inf")), ("%f", float("nan")), ("%c", 65), ("%c", "x"), ("%3c|", "x"), ("%c", 0x1F600),
    ("%%", ()), ("100%%", ()), ("%5%", (1,)), ("%s%%", 5), ("%*d", (5, 42)), ("%-*d|", (5, 42)),
    ("%*d", (-5, 42)), ("%.*f", (2, 3.14159)), ("%*.*f", (8, 3, 3.14159)), ("%.*s", (2, "abcdef")),
    ("%(name)s is %(age)d", {"name": "Ann", "age": 7}), ("%(x)05.1f", {"x": 2.25}), ("%(a)s %(a)r", {"a": "q"}),
    ("%s", {"k": 1}), ("%(missing)s", {"k": 1}), ("%5s|", "ab"), ("%-5s|", "ab"), ("%.1s", "ab"),
    ("%05s", "ab"), ("%+s", "ab"), ("%r", 1.5), ("%r", None), ("%10r|", "x"), ("%s %s", ("a",)),
    ("%s", ("a", "b")), ("abc", 5), ("abc", ()), ("%y", 1), ("%y", ()), ("abc%", ()), ("%(a)", {"a": 1}),
    ("%(a", {"a": 1}), ("%(a)s", (1,)), ("%d", "a"), ("%x", 3.7), ("%x", "a"), ("%f", "a"), ("%c", 3.5),
    ("%c", "ab"), ("%c", -1), ("%c", 0x110000), ("%*d", ("a", 1)), ("%.*d", ("a", 1)), ("%d", float("inf")),
    ("%d", float("nan")), ("%f", 10 ** 400), ("%s %d", ("x", 10 ** 30)), ("%x", -10 ** 30), ("%ld %hd", (1, 2)),
    ("%-+6.2f|", 1.0), ("% 08.3f", 2.5), ("%#5o", 8), ("%#05o", -8), ("%.0f", 0.5), ("%.0f", 1.5),
    ("%.0f", 2.5), ("%s", ()), ("%\u00e9", 1), ("%5.2%", (1,)), ("x%\n", 1),
    ("%d%%", 50), ("%i%s", (1, "z")), ("%.3s|%-4.2s|", ("abcdef", "xyz")), ("%s", "h\u00e9llo \U0001F600"),
    ("%a", "\U0001F600\n"), ("%r", "\u00e9\x7f"), ("%5r", "\u00e9"),
    ("%s|%r", (b"ab", b"c'd")), ("abc", b"x"), ("%s", b"x"), ("%(a)s", b"x"), ("%s %s", b"x"),
]
for fmt, args in percent_cases:
    row("percent", args, fmt, run(lambda: fmt % args))

# ---------------------------------------------------------------- repr of str and bytes, ascii
reprs = ["", "abc", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nline", "cr\r", "back\\slash",
         "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "h\u00e9llo", "\u65e5\u672c\u8a9e", "\u200b\u2028\u2029\u3000",
         "\U0001F600", "\u061d\u0870\U0001FAF0\u0890", "\ud800", "\udfff x", "\U000E0001", "\uE000", "\U0010FFFF", "\u0378", "'\"\\"]
for s in reprs:
    row("strrepr", s, "", repr(s))
    row("ascii", s, "", ascii(s))
for b in [b"", b"abc", b"it's", b'"', b"'\"", b"\x00\xff\t\n\r\\", bytes(range(0, 256, 7))]:
    row("bytesrepr", b, "", repr(b))

# ---------------------------------------------------------------- round()
round_values = [2.675, 0.5, 1.5, 2.5, -2.5, -0.4, 0.125, 0.375, 1.005, 1234.5675, 123456.5, 5e-324, 1e300,
                1.7976931348623157e308, -0.0, 0.1 + 0.2, 1 / 3, 2 ** 52 + 0.5, 1e16, 4.35, 99.95, -99.95,
                math.inf, -math.inf, math.nan, 12345678901234567890.0, 0.285, 1.455]
for x in round_values:
    for nd in (0, 1, 2, 3, -1, -2, 5, 10, 15, 17, 20, 300, 323, 324, -308, -309, 400, -400):
        row("round", x, nd, run(lambda: repr(round(x, nd))))
    row("roundint", x, "", run(lambda: str(round(x))))
    row("int", x, "", run(lambda: str(int(x))))

print("# generated by gen_cases.py with CPython " + sys.version.split()[0] + "; do not edit")
print("\n".join(rows))

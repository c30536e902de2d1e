# bytes()/bytearray() argument checks, join and hex of each kind, ord() of str subclasses
import sys

class Idx:
    def __index__(self):
        return 3

class BadIdx:
    def __index__(self):
        raise ZeroDivisionError("from __index__")

class IterAndTypeErrorIdx:
    def __index__(self):
        raise TypeError("no size")
    def __iter__(self):
        return iter([65, 66])

for kind in (bytes, bytearray):
    print(kind(Idx()), kind(IterAndTypeErrorIdx()))
    for bad in ([-sys.maxsize - 2], [sys.maxsize + 1], [256], [-1]):
        try:
            kind(bad)
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
    try:
        kind(BadIdx())
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    for kw in ({"encoding": "ascii"}, {"errors": "strict"}):
        try:
            kind(**kw)
        except TypeError as e:
            print("TypeError", e)
    print(kind(source=b"ok"))
    sep = kind(b"-")
    print(type(sep.join([b"a", bytearray(b"b"), memoryview(b"c")])).__name__, sep.join([b"a", b"b"]))
    x = kind(b"\xb9\x01\xef\x10")
    print(x.hex(), x.hex(":"), x.hex(":", 0), x.hex(b" ", 2), x.hex("_", -3))
    for args in ((None,), (None, 0), ("",), ("xx",), ("\xff",)):
        try:
            x.hex(*args)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        x.translate()
    except TypeError as e:
        print("TypeError", e)
    print(x.translate(None, b"\x01"))

class S(str):
    pass

print(ord(S("A")), ord(S("\U0001f600")), ord(b"a"), ord(bytearray(b"z")))
for bad in ("ab", "\U0001f600x", b"ab", b"", 5):
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError", e)

# bytes.hex with a NUL separator (it was dropped, as if none was given), and an index too big for a
# machine word is an IndexError for bytes and bytearray, as for list and tuple.
import sys

for t in (bytes, bytearray):
    b = t(b"\xb9\x01\xef")
    print(repr(b.hex(b"\x00")), repr(b.hex("\x00", 2)), repr(b.hex(":")), repr(b.hex("\x7f", -2)))
    print(repr(memoryview(b).hex("\x00")))
    e = t()
    for i in (0, sys.maxsize, sys.maxsize + 1, 10**100, -1, -sys.maxsize - 2, -10**100):
        try:
            e[i]
        except IndexError as ex:
            print(t.__name__, "IndexError", ex)
    print(b[-3], b[2])

# re.sub with a bytes-like replacement without a backslash: its bytes, as CPython's getstring reads them
import re

print(re.sub(b"y", memoryview(b"a"), b"xyz"), re.sub(b"y", bytearray(b"ab"), memoryview(b"xyzy")))
print(re.subn(b"y", memoryview(b""), b"yxyzy"))

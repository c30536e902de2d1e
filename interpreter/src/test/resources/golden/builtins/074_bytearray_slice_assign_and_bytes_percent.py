b = bytearray(b"abcdef")
b[1:3] = b"XYZ"; print(b)
b[::2] = b"123"[:len(b[::2])] if len(b[::2]) == 3 else b"1234"; print(b)
b[2:2] = [65, 66]; print(b)
b[:] = b; print(b)
b[4:1] = b"q"; print(b)
b[-2:] = memoryview(b"mv"); print(b)
for v in (5, "s", [300]):
    try: b[0:1] = v
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: b[::2] = b"x"
except ValueError as e: print(e)
del b[::3]; print(b)
print(b"hello, %b!" % b"world", b"%s / 100 = %d%%" % (b"seventy-nine", 79), bytearray(b"%r") % b"x")
print(b"...%(foo)b..." % {b"foo": b"abc"}, b"%*.*b" % (5, 2, b"abc"), b"%c" % b"a", b"%x%c" % (255, 66), b"%a" % "\xe9")
x = bytearray(b"%b"); y = x; x %= b"1"; print(x, y, type(x).__name__)
print(b"abc".__rmod__("%r"))
print(b"%a %r %s" % (b"x", 1, b"y"), b"%5b|%-4s|" % (b"ab", b"c"))
try: b"%b" % 5
except TypeError as e: print(e)

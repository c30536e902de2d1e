b = bytearray(b"hello")
print(b.pop(), b.pop(0), b, b.insert(1, 65), b.insert(-100, 66), b.insert(100, 67), b)
b.remove(65); b.reverse(); print(b)
try: b.remove(200)
except ValueError as e: print(e)
try: bytearray().pop()
except IndexError as e: print(e)
x = bytearray(b"ab"); y = x; x += b"cd"; x *= 2; print(x, y is x)
print(b"\x03\x06\x09\x0c\x0f\x12".hex("."), b"\x01\x02\x03\x04\x05".hex(":", 2), b"\x01\x02\x03\x04\x05".hex(b"-", -2), bytearray(b"ab").hex())
print(memoryview(b"\x01\x02\x03").hex(" ", 1))
for bad in (("ab",), ("",), ("\xe9",)):
    try: b"12".hex(*bad)
    except ValueError as e: print(e)
print(bytes.fromhex(" 1a 2B\n00"), bytearray.fromhex("ff"), b"".fromhex("01"))
class B(bytes): pass
class BA(bytearray): pass
for s in ("1", "1g", "0 1"):
    try: print(bytes.fromhex(s))
    except ValueError as e: print(e)
print(b"abc".isascii(), b"\x80".isascii(), bytearray(b"Hello World").istitle(), b"hello".istitle(), b"".istitle())
print(b"x".__bytes__(), bytearray(b"ab").__alloc__() >= 3)

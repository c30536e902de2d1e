# bytearray's transforms return a bytearray, and += / + take any buffer on the right
import array

ba = bytearray(b"Hello, World \xe9\xff")
for name in ["upper", "lower", "swapcase", "title", "capitalize"]:
    r = getattr(ba, name)()
    print(name, type(r).__name__, r)
    rb = getattr(bytes(ba), name)()
    print(name, type(rb).__name__, rb)
print(ba.upper() is ba, ba.lower() == ba.lower())

class B(bytearray):
    pass

print(type(B(b"ab").upper()).__name__, type(B(b"AB").lower()).__name__)

x = bytearray(b"ab")
x += memoryview(b"cd")
print(x)
x += memoryview(bytearray(b"ef"))[1:]
print(x)
print(bytearray(b"1") + memoryview(b"2"), b"1" + memoryview(b"2"))
print(b"1" + bytearray(b"2"), bytearray(b"1") + b"2")
try:
    memoryview(b"1") + b"2"
except TypeError as e:
    print("TypeError", e)
try:
    x += "str"
except TypeError as e:
    print("TypeError", e)
print(x)

# bytes methods are ASCII-only: bytes from 0x80 are no letters, digits or spaces, 0x1c..0x1f no spaces
every = bytes(range(256))
for name in ["isalpha", "isalnum", "isdigit", "isspace", "isupper", "islower", "istitle"]:
    print(name, [i for i in range(256) if getattr(bytes([i]), name)()])
print(every.swapcase() == every.swapcase(), every.swapcase()[-70:], every.title()[-70:], every.capitalize()[60:])
print(b"\xe9abc DEF".title(), b"\xe9abc".capitalize(), b"aBc\xe9".isupper(), b"ABC\xc9".isupper(), b"Ab\xe9 Cd".istitle())
print(b"\x85a\xa0b\x1cc".split(), b"\xa0x\x1f".strip(), b" \t\x0bx\x0c\r\n".strip(), b"\x1f\x1f".isspace())
print(b"a\x0bb\x0cc\x1cd\x85e\rf\r\ng\nh".splitlines(), bytearray(b"a\r\nb\rc\n").splitlines(True))
print(b"a\xe9b".find(0xe9), b"a\xe9b".count(b"\xe9"), b"x\xe9y".replace(b"\xe9", b"\xff"), b"\xe9".center(5, b"\xa0"))
print(b"\xe9\xe9a".partition(b"a"), b"a\xe9b\xe9c".split(b"\xe9"), b"\xc0".upper(), b"\xc0".lower())
try:
    b"x" + "str"
except TypeError as e:
    print("TypeError", e)

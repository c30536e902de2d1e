b = b"hello"
print(b, len(b), b[0], b[1:3], list(b[:2]))
print(b + b" world", b * 2)
print(b"x" in b"xyz", bytes([65, 66, 67]), bytes(3))
print(b.decode(), "héllo".encode("utf-8"), "héllo".encode())
print(b.upper(), b.split(b"l"), b"-".join([b"a", b"b"]))
print(repr(b"\x00\xff\n"), b == b"hello", b.find(b"l"))
print(type(b).__name__, isinstance(b, bytes), bytes("abc", "ascii"))
for x in b"ab":
    print(x)

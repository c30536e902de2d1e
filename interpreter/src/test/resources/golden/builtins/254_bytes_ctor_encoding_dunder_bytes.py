# bytes()/bytearray() with an encoding or errors need a str (a str subclass's text is encoded even
# when it defines __bytes__); bytes.__bytes__ of a subclass is exact bytes
class StrWithBytes(str):
    def __new__(cls, value):
        self = str.__new__(cls, "\u20ac")
        self.value = value
        return self

    def __bytes__(self):
        return self.value


class BytesSubclass(bytes):
    pass


print(bytes(StrWithBytes(b"abc")), bytes(StrWithBytes(b"abc"), "iso8859-15"))
print(bytearray(StrWithBytes(b"abc"), "iso8859-15"))
print(BytesSubclass(StrWithBytes(b"abc"), "iso8859-15"), bytes("h\u00e9", "latin-1", "strict"))
for kind in (bytes, bytearray):
    for args, kw in (((0, "ascii"), {}), ((b"", "ascii"), {}), ((0,), {"errors": "ignore"}),
                     ((b"",), {"errors": "ignore"}), (("s",), {"errors": "strict"}), (([1],), {"encoding": "ascii"}), (("abc",), {}),
                     ((), {"encoding": "ascii"})):
        try:
            print(kind(*args, **kw))
        except TypeError as e:
            print(kind.__name__, "TypeError:", e)

bar = BytesSubclass(b"bar\x00foo")
print(type(bar.__bytes__()).__name__, bar.__bytes__(), type(b"x".__bytes__()).__name__)

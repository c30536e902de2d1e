# obj.name(args) at one call site over the kinds of callee an instance and its class can give:
# a class's function, a callable the instance holds (shadowing a function or a staticmethod),
# a staticmethod, a classmethod, a property returning a callable (a data descriptor: the instance
# dict does not win), a builtin method of a Python class (BytesIO.read), a subclass overriding it,
# and __getattr__.
import io


class C:
    def m(self, *a):
        return ("m",) + a

    @staticmethod
    def s(*a):
        return ("s",) + a

    @classmethod
    def c(cls, *a):
        return (cls.__name__,) + a

    @property
    def p(self):
        return lambda *a: ("p",) + a


class D:
    def __getattr__(self, name):
        return lambda *a: ("getattr " + name,) + a


class Sub(io.BytesIO):
    def read(self, n=-1):
        return b"sub" + bytes([n])


def call_all(o):
    out = []
    for name in ("m", "s", "c", "p"):
        try:
            out.append(getattr(o, name) and call_one(o, name))
        except AttributeError as e:
            out.append("AttributeError " + str(e))
    return out


def call_one(o, name):
    if name == "m":
        return o.m(1)
    if name == "s":
        return o.s(1, 2)
    if name == "c":
        return o.c(1, 2, 3)
    return o.p(4)


c = C()
for _ in range(3):  # the sites' caches warm
    print(call_all(c))
c.m = lambda *a: ("own m",) + a
c.s = lambda *a: ("own s",) + a
c.__dict__["p"] = lambda *a: ("own p",) + a  # the property still wins
print(call_all(c))
del c.m
print(call_all(c))
print(D().m(1), D().s())

for f in (io.BytesIO(b"abcdef"), Sub(b"abcdef")):
    print(f.read(2), f.read(1), f.write(b"XY"), f.getvalue())
f = io.BytesIO()
f.read = lambda n=-1: b"own read"
print(f.read(1), f.write(b"z"), f.getvalue())

print(b",".join([b"a", bytearray(b"bc"), memoryview(b"d")]), bytearray(b"-").join([b"x", b"y"]), b"".join([]),
      b"ab".join([b"x"]), b"".join(b"%d" % i for i in range(5)))
for bad in ([b"a", "b"], [1], (b"x", None)):
    try:
        b"".join(bad)
    except TypeError as e:
        print("TypeError", e)

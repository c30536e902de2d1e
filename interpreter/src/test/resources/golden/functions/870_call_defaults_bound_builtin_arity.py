# Call shapes with their own paths: a call short of the arity by some defaults (the defaults filled
# at the call site), a bound method kept in a variable or an instance attribute, builtins called
# with their arguments by arity (dict.get, list.append, len, isinstance, id, getattr), and their errors.
import io


def f(a, b=2, c=[]):
    c.append(a)
    return (a, b, len(c))


print(f(1), f(1, 3), f(1, 3, [0]), f(5))
try:
    f()
except TypeError as e:
    print("TypeError", e)


class C:
    def __init__(self, x, y=10):
        self.x, self.y = x, y

    def m(self, a, b=7):
        return self.x + a + b

    def save(self, obj, flag=True):
        return (obj, flag)


c = C(1)
print(c.x, c.y, C(1, 2).y, c.m(1), c.m(1, 1))
w = c.m
print(w(2), w(2, 3))
c.w = c.save
print(c.w(5), c.w(5, False), C.m(c, 1), C.save(c, 2))
f.__defaults__ = (9, [])
print(f(1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print("TypeError", e)
C.m.__defaults__ = (100,)
print(c.m(1), w(1))
d = {1: 2}
print(d.get(1), d.get(3), d.get(3, 0), d.get(1, 0), dict.get(d, 1))
for bad in (lambda: d.get(), lambda: [].append(), lambda: len(), lambda: isinstance(1), lambda: getattr(c)):
    try:
        bad()
    except TypeError:
        print("TypeError")
l = []
l.append(3)
a = l.append
a(4)
print(l, len(l), isinstance(l, list), isinstance(1, (str, int)), id(5) == id(5), id(l) == id(l))
try:
    len(1)
except TypeError as e:
    print("TypeError", e)
print(getattr(c, "x"), getattr(c, "nope", "dflt"), getattr(c, "y", None))
try:
    getattr(c, "nope")
except AttributeError as e:
    print("AttributeError", e)


class G:
    @property
    def boom(self):
        raise AttributeError("inner")


print(getattr(G(), "boom", "caught"))


class D(dict):
    pass


dd = D(a=1)
print(dd.get("a"), dict.get(dd, "b", 5))
b = io.BytesIO()
wr = b.write
wr(b"ab")


class H:
    pass


h = H()
h.write = b.write
h.write(b"cd")
print(b.getvalue())


class K:
    def v(self, *a):
        return a

    def kw(self, x, *, y=3):
        return (x, y)


k = K()
vv = k.v
print(vv(1, 2), vv(), k.kw(1), k.kw(1, y=4))

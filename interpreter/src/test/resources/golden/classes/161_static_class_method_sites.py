# obj.m(args) through one call site when m is a staticmethod or classmethod, while the class, the
# instance and the receiver's class change under the site.
class Base:
    @staticmethod
    def m(x):
        return ("static", x)

    @classmethod
    def c(cls, x):
        return ("class", cls.__name__, x)


class Sub(Base):
    pass


def call_m(o, x):
    return o.m(x)


def call_c(o, x):
    return o.c(x)


b, s = Base(), Sub()
for step in range(6):
    if step == 1:
        b.m = lambda x: ("instance", x)         # the instance shadows the staticmethod
    if step == 2:
        del b.m
    if step == 3:
        Base.m = classmethod(lambda cls, x: ("now class", cls.__name__, x))
    if step == 4:
        Base.m = staticmethod(len)               # a builtin inside a staticmethod
    if step == 5:
        Base.m = lambda self, x: ("plain", type(self).__name__, x)
    for o in (b, s):
        print(step, call_m(o, "ab"))

for o in (b, s, b):
    print(call_c(o, 1))
s.c = lambda x: ("shadow", x)
print(call_c(s, 2), call_c(b, 3))
del s.c
Sub.c = staticmethod(lambda x: ("sub static", x))
print(call_c(s, 4), call_c(b, 5))


# keyword arguments and a wrong argument count through the same sites
class K:
    @staticmethod
    def k(a, b=2):
        return a, b

    @classmethod
    def kc(cls, a, *rest, **kw):
        return cls.__name__, a, rest, sorted(kw)


def call_k(o):
    return o.k(1), o.k(1, b=3), o.kc(1, 2, 3, z=1)


print(call_k(K()))
try:
    K().k()
except TypeError as e:
    print("TypeError", e)

# Attribute reads and writes through one call site while the class changes under it: the site's
# caches (instance shape, class-side value by type version) must give what getattr gives.
class Base:
    K = 1
    N = None

    def m(self):
        return "Base.m"

    @property
    def p(self):
        return "Base.p"


class C(Base):
    def __init__(self):
        self.x = 10


def read_k(o):
    return o.K          # one site for every call


def read_m(o):
    return o.m


def read_p(o):
    return o.p


c = C()
out = []
for step in range(8):
    if step == 2:
        Base.K = 2                  # a base's dict changes: the subclass's version too
    if step == 3:
        c.K = "own"                 # the instance shadows the class constant
    if step == 4:
        del c.K
    if step == 5:
        C.K = 3.5                   # the class itself now holds it
    if step == 6:
        C.K = staticmethod(lambda: "static")
    if step == 7:
        del C.K
        Base.K = property(lambda self: "now a property")
    k = read_k(c)
    out.append(k() if callable(k) else k)
print(out)

# a method read (not called) binds; it follows the class and yields to the instance
for step in range(4):
    if step == 1:
        C.m = lambda self: "C.m"
    if step == 2:
        c.m = lambda: "instance m"
    if step == 3:
        del c.m
        del C.m
    bm = read_m(c)
    print(step, bm(), getattr(bm, "__self__", None) is c)

# properties: replaced, shadowed by a plain attribute, deleted
for step in range(4):
    if step == 1:
        Base.p = property(lambda self: "new p")
    if step == 2:
        Base.p = "plain"
        c.__dict__["p"] = "instance p"   # now the instance's wins (no data descriptor)
    if step == 3:
        del Base.p
    print(step, read_p(c))


# a getter raising AttributeError falls to __getattr__
class G:
    @property
    def q(self):
        raise AttributeError("no q")

    def __getattr__(self, name):
        return "getattr " + name


class H:
    @property
    def q(self):
        raise AttributeError("no q in H")


def read_q(o):
    return o.q


for o in (G(), H(), G()):
    try:
        print(read_q(o))
    except AttributeError as e:
        print("AttributeError", e)


# a user data descriptor, and one with __get__ only (non-data: the instance wins)
class Data:
    def __get__(self, obj, cls):
        return "data get"

    def __set__(self, obj, v):
        print("data set", v)


class NonData:
    def __get__(self, obj, cls):
        return "nondata get"


class D:
    a = Data()
    b = NonData()


d = D()
d.__dict__["a"] = "shadow?"
d.__dict__["b"] = "instance b"


def read_a(o):
    return o.a


def read_b(o):
    return o.b


print(read_a(d), read_b(d), read_b(D.__new__(D)))


# augmented assignment on attributes: plain, property with setter, __setattr__, slots
class Counter:
    def __init__(self):
        self.n = 0
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        print("set v", x)
        self._v = x


class Logged:
    def __init__(self):
        object.__setattr__(self, "n", 0)

    def __setattr__(self, k, v):
        print("setattr", k, v)
        object.__setattr__(self, k, v)


class Slotted:
    __slots__ = ("n",)

    def __init__(self):
        self.n = 0


def bump(o):
    o.n += 1
    return o.n


cn = Counter()
for o in (cn, Logged(), Slotted(), cn):
    print(type(o).__name__, bump(o), bump(o))
for _ in range(2):
    cn.v += 5
print(cn.v)
try:
    bump(object())
except AttributeError as e:
    print("AttributeError", e)


# __class__ assignment: the site sees the new class's attributes
class A1:
    tag = "A1"

    def who(self):
        return "A1.who"


class A2:
    tag = "A2"

    def who(self):
        return "A2.who"


def tag_and_who(o):
    return o.tag, o.who()


a = A1()
print(tag_and_who(a))
a.__class__ = A2
print(tag_and_who(a))
a.tag = "own"
print(tag_and_who(a), vars(a))

# Instance attributes kept in shapes (hidden classes) must behave exactly as a per-instance dict.
import copy, pickle


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


def read_x(o):
    return o.x  # one call site that sees several shapes


a, b = P(1, 2), P(3, 4)
b.z = 5                      # b leaves a's shape
print(vars(a), vars(b), read_x(a), read_x(b))
c = P(6, 7)
c.__dict__["x"] = 60         # writes through the materialised dict are seen by attribute reads
c.__dict__["w"] = 1
print(read_x(c), c.w, list(c.__dict__))
c.q = 2                      # and attribute writes are seen by the dict
print(c.__dict__)
del c.x
print(hasattr(c, "x"), c.__dict__)

# deletion keeps the order of the others; re-adding goes to the end
d = P(1, 2)
d.a, d.b = 3, 4
del d.y
d.y = 9
print(list(vars(d)), d.norm())
try:
    del d.nope
except AttributeError as e:
    print("AttributeError", e)
try:
    print(P(0, 0).missing)
except AttributeError as e:
    print("AttributeError", e)

# an instance attribute shadows a method once set, and stops shadowing once deleted
e = P(2, 3)
print(e.norm())
e.norm = lambda: "instance"
print(e.norm())
del e.norm
print(e.norm())

# class attributes changed after instances exist
class Q:
    kind = "q"
    def __init__(self):
        self.v = 1
qs = [Q() for _ in range(3)]
print([q.kind for q in qs])
Q.kind = "changed"
Q.v = property(lambda self: "prop")
print([q.kind for q in qs], qs[0].v, qs[0].__dict__)
del Q.v
print(qs[1].v)

# data descriptors win over the shape, non-data ones lose to it
class Desc:
    def __get__(self, obj, cls):
        return "desc"
    def __set__(self, obj, v):
        obj.__dict__["_stored"] = v
class NonData:
    def __get__(self, obj, cls):
        return "nondata"
class R:
    d = Desc()
    n = NonData()
r = R()
r.d = 5
r.n = 6
print(r.d, r.n, vars(r))

# __setattr__ / __getattribute__ / __getattr__ overrides
class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 10)
class Looked:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
lg = Logged()
lg.b = 2
print(lg.a, lg.b, vars(lg))
lk = Looked()
lk.real = 1
print(lk.real, lk.other)
object.__delattr__(lk, "real")
print(lk.real)

# __slots__
class S:
    __slots__ = ("a", "b")
s = S()
s.a = 1
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError", e)
s.b = 2
print(s.a, s.b)

# many attributes, and names made at run time
big = P(0, 0)
for i in range(100):
    setattr(big, "f%d" % i, i)
print(len(vars(big)), big.f99, getattr(big, "f50"))
for i in range(0, 100, 2):
    delattr(big, "f%d" % i)
print(len(vars(big)), list(vars(big))[:4])
made = []
for i in range(300):
    o = P(i, i)
    setattr(o, "name%d" % i, i)
    made.append(o)
print(sum(getattr(o, "name%d" % i) for i, o in enumerate(made)), made[299].x)

# copy and pickle
g = P(3, 4)
g.extra = [1, 2]
h = copy.copy(g)
k = copy.deepcopy(g)
g.extra.append(3)
print(vars(h), vars(k))
m = pickle.loads(pickle.dumps(g))
print(type(m).__name__, vars(m), m.norm())

# object.__setattr__ and setattr on a fresh instance, then the dict, then more attributes
n = P.__new__(P)
object.__setattr__(n, "x", 1)
setattr(n, "y", 2)
print(n.norm(), n.__dict__)
n.__dict__.update(z=3)
n.t = 4
print(n.z, sorted(n.__dict__.items()))
n.__dict__.clear()
print(hasattr(n, "x"), vars(n))

# exceptions keep their attributes in the same store
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
try:
    raise MyErr(7)
except MyErr as ex:
    ex.note = "n"
    print(ex.code, ex.note, ex.args, vars(ex))

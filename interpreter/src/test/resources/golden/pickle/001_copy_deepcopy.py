# CPython's copy.py over object.__reduce_ex__: instances, hooks, slots, recursion, containers
import copy
import collections


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = ["a"]

    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.tags)


class Hooked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Hooked(self.v + 1)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Hooked(self.v + 100)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


class Mixed(Slotted):
    def __init__(self):
        super().__init__()
        self.extra = "e"


class WithState:
    def __init__(self):
        self.secret = 1
        self.public = 2

    def __getstate__(self):
        return {"public": self.public}

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True


class Args:
    def __new__(cls, n):
        obj = super().__new__(cls)
        obj.n = n
        return obj

    def __getnewargs__(self):
        return (self.n,)


p = Point(1, 2)
c = copy.copy(p)
print(c, c is p, c.tags is p.tags)
d = copy.deepcopy(p)
print(d, d.tags is p.tags)

h = Hooked(1)
print(copy.copy(h).v, copy.deepcopy(h).v)

s = Slotted()
s2 = copy.copy(s)
print(s2.a, s2.a is s.a, hasattr(s2, "b"))
s3 = copy.deepcopy(s)
print(s3.a, s3.a is s.a)
m = copy.deepcopy(Mixed())
print(m.a, m.extra)

w = copy.copy(WithState())
print(sorted(vars(w).items()))

a = copy.deepcopy(Args(7))
print(type(a).__name__, a.n)

r = [1, 2]
r.append(r)
r2 = copy.deepcopy(r)
print(r2[2] is r2, r2[:2])
dd = {"self": None}
dd["self"] = dd
dd2 = copy.deepcopy(dd)
print(dd2["self"] is dd2)

shared = [0]
pair = [shared, shared]
pair2 = copy.deepcopy(pair)
print(pair2[0] is pair2[1], pair2[0] is shared)

t = (1, [2], "x")
t2 = copy.deepcopy(t)
print(t2, t2 is t, t2[1] is t[1])
print(copy.deepcopy((1, 2, "x")) is not None)

od = collections.OrderedDict([("b", 1), ("a", [2])])
od2 = copy.deepcopy(od)
print(od2, od2["a"] is od["a"])
dq = collections.deque([1, [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
print(dq2, dq2.maxlen, dq2[1] is dq[1])
df = collections.defaultdict(list, a=[1])
df2 = copy.copy(df)
print(df2, df2["a"] is df["a"], df2.default_factory)
print(copy.copy({1, 2}), copy.deepcopy(frozenset([3])), copy.copy(bytearray(b"xy")))
print(copy.copy(len) is len, copy.deepcopy(Point) is Point, copy.copy(range(3)))
e = copy.deepcopy(ValueError("bad", [1]))
print(repr(e), e.args[1])


class Sub(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.note = "n"


sb = copy.deepcopy(Sub([1, [2]]))
print(type(sb).__name__, sb, sb.note)


class DSub(dict):
    pass


ds = copy.copy(DSub(a=1))
print(type(ds).__name__, ds)
try:
    copy.copy(__import__("sys"))
except TypeError as ex:
    print("TypeError", ex)

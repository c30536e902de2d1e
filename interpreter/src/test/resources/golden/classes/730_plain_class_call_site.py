# Calling a class from one call site many times (the site caches the class's __init__ per class
# version): the cache must follow every change CPython would see.
import abc, types

log = []

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def make(cls, a, b):
    return cls(a, b)          # one call site for every class below

ps = [make(Point, i, i * 2) for i in range(5)]
print([(p.x, p.y) for p in ps], type(ps[0]).__name__)

# arguments are evaluated before the instance exists, left to right
def arg(v):
    log.append(v)
    return v
p = Point(arg(1), arg(2))
print(log, p.x, p.y)

# an exception in an argument: no __init__ runs
class Loud:
    def __init__(self, a, b):
        log.append(("init", a, b))
log.clear()
try:
    Loud(1, 1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, log)

# __init__ replaced after the site cached it, then its arity changed
class C:
    def __init__(self, a, b):
        self.v = ("first", a, b)
for i in range(3):
    print(make(C, i, 0).v)
def second(self, a, b):
    self.v = ("second", a, b)
C.__init__ = second
print(make(C, 7, 8).v)
def three(self, a, b, c=3):
    self.v = ("three", a, b, c)
C.__init__ = three
print(make(C, 1, 2).v)
def star(self, *args):
    self.v = ("star", args)
C.__init__ = star
print(make(C, 1, 2).v)

# a base's __init__ changed: the subclass's site follows
class Base:
    def __init__(self, a, b):
        self.v = ("base", a, b)
class Sub(Base):
    pass
print(make(Sub, 1, 2).v)
Base.__init__ = lambda self, a, b: setattr(self, "v", ("base2", a, b))
print(make(Sub, 1, 2).v)

# __init__ returning a value
class Bad:
    def __init__(self, a, b):
        return a + b
for i in range(2):
    try:
        make(Bad, 1, 2)
    except TypeError as e:
        print("TypeError", e)

# __new__ added later, on the class and on a base
class N:
    def __init__(self, a, b):
        self.v = (a, b)
print(make(N, 1, 2).v)
def new(cls, a, b):
    log.append(("new", cls.__name__, a, b))
    return super(N, cls).__new__(cls)
log.clear()
N.__new__ = new
print(make(N, 3, 4).v, log)
class M:
    def __init__(self, a, b):
        self.v = (a, b)
class MS(M):
    pass
print(make(MS, 1, 2).v)
M.__new__ = lambda cls, a, b: 42
print(make(MS, 1, 2))
class ON:
    __new__ = object.__new__
    def __init__(self, a, b):
        self.v = (a, b)
try:
    print(make(ON, 1, 2).v)
except TypeError as e:
    print("TypeError", e)

# abstract methods: refused; once provided, made
class A(abc.ABC):
    def __init__(self, a, b):
        self.v = (a, b)
    @abc.abstractmethod
    def f(self): ...
try:
    make(A, 1, 2)
except TypeError as e:
    print("TypeError", e)
class Plain:
    def __init__(self, a, b):
        self.v = (a, b)
print(make(Plain, 5, 6).v)
Plain.__abstractmethods__ = frozenset({"g"})
try:
    make(Plain, 5, 6)
except TypeError as e:
    print("TypeError", e)
Plain.__abstractmethods__ = frozenset()
print(make(Plain, 7, 8).v)

# a metaclass with __call__, a builtin base, slots, a class without __init__
class Meta(type):
    def __call__(cls, *args):
        return ("meta", cls.__name__, args)
class WithMeta(metaclass=Meta):
    def __init__(self, a, b):
        pass
print(make(WithMeta, 1, 2))
class L(list):
    def __init__(self, a, b):
        super().__init__([a, b])
print(make(L, 1, 2), type(make(L, 3, 4)).__name__)
class S:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
s = make(S, 1, 2)
print(s.a, s.b)
class NoInit:
    pass
try:
    make(NoInit, 1, 2)
except TypeError as e:
    print("TypeError", e)

# __class__ of an instance, __init__ that raises, recursion through the constructor
class R:
    def __init__(self, a, b):
        if a:
            raise ValueError("no %d" % a)
        self.v = b
try:
    make(R, 1, 2)
except ValueError as e:
    print("ValueError", e)
print(make(R, 0, 9).v, make(R, 0, 9).__class__ is R)
class Tree:
    def __init__(self, depth, tag):
        self.kids = [Tree(depth - 1, tag) for _ in range(2)] if depth else []
    def count(self):
        return 1 + sum(k.count() for k in self.kids)
print(make(Tree, 6, "t").count())

# module.Class(args) call sites
mod = types.ModuleType("m")
mod.Point = Point
print([(q.x, q.y) for q in (mod.Point(i, -i) for i in range(3))])
mod.Point = C
print(mod.Point(1, 2).v)

# the generic path (keywords, map, a metaclass without __call__): object's __new__ skipped only
# where it would just make the instance
print([(q.x, q.y) for q in (Point(x=1, y=2), Point(1, y=3), *map(Point, [4, 5], [6, 7]))])
class Done(A):
    def f(self):
        return 1
print(Done(a=1, b=2).v, make(Done, 3, 4).v)
for cls in (NoInit, ON, OwnNew := type("OwnNew", (), {"__new__": lambda cls, **k: ("own", k)})):
    try:
        r = cls(a=1)
        print(cls.__name__, r if isinstance(r, tuple) else type(r).__name__)
    except TypeError as e:
        print(cls.__name__, "TypeError", e)
class InitOnly:
    def __init__(self, **k):
        self.k = k
print(InitOnly(a=1).k, type(InitOnly).__name__)
try:
    Point(1, 2, z=3)
except TypeError as e:
    print("TypeError", e)

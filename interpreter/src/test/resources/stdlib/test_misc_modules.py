import copy
import string
import types
import abc
import weakref
import atexit
import sys

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b-c", "-"))

nested = {"a": [1, 2, {"b": 3}], "t": (1, [2])}
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested["a"][2]["b"] = 99
nested["t"][1].append(3)
print(shallow["a"][2]["b"], deep["a"][2]["b"], deep["t"], shallow is nested, deep == nested)
loop = [1]
loop.append(loop)
dl = copy.deepcopy(loop)
print(dl[1] is dl, dl is not loop)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Tracked:
    def __init__(self):
        self.items = [1]

    def __copy__(self):
        print("custom __copy__")
        t = Tracked()
        t.items = self.items
        return t

    def __deepcopy__(self, memo):
        print("custom __deepcopy__")
        t = Tracked()
        t.items = list(self.items)
        return t


p = Point([1], 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.x.append(5)
print(p2, p3, type(p3).__name__)
t = Tracked()
print(copy.copy(t).items is t.items, copy.deepcopy(t).items is t.items)
print(copy.copy((1, 2)), copy.deepcopy("s"), copy.copy({1, 2}), copy.deepcopy([(1, [2])]))

ns = types.SimpleNamespace(a=1, b="x")
ns.c = [3]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[3]))
try:
    types.SimpleNamespace({"a": 1})
except TypeError as e:
    print("TypeError:", e)


def gen():
    yield 1


print(isinstance(gen, types.FunctionType), isinstance(gen(), types.GeneratorType),
      isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType),
      isinstance(Point(1, 2).__repr__, types.MethodType), isinstance(lambda: 0, types.LambdaType))


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        pass

    @abc.abstractmethod
    def name(self):
        pass

    def describe(self):
        return "%s with area %s" % (self.name(), self.area())


class Half(Shape):
    def area(self):
        return 1


class Square(Half):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def name(self):
        return "square"


print(Square(3).describe(), isinstance(Square(1), abc.ABC))
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Obj:
    pass


o = Obj()
r = weakref.ref(o)
print(r() is o, weakref.WeakValueDictionary(a=o)["a"] is o)


def bye(who, punct="!"):
    print("goodbye", who + punct)


atexit.register(bye, "world")
atexit.register(bye, "first", punct="?")
atexit.register(print, "unregistered")
atexit.unregister(print)
print("end of main")

from string import Template
from collections import UserDict, UserList
from functools import cached_property

t = Template("$who likes ${what}; cost: $$10")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}, who="c"))
print(Template("$who and $missing").safe_substitute(who="x"), t.get_identifiers(), t.is_valid())
for bad in [lambda: Template("$who").substitute(), lambda: Template("cost $5").substitute()]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class Upper(UserDict):
    def __setitem__(self, key, value):
        self.data[key.upper()] = value


u = Upper({"a": 1}, b=2)
u["c"] = 3
print(u, len(u), "A" in u, u.get("Z", 0), sorted(u.keys()), u.pop("A"), u == {"B": 2, "C": 3})


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack([1, 2])
s.push(3)
print(s, s[1:], type(s[1:]).__name__, s + [4], len(s), s.pop(), s == [1, 2])


class Circle:
    def __init__(self, r):
        self.r = r
        self.calls = 0

    @cached_property
    def area(self):
        self.calls += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.calls)
del c.area
print(c.area, c.calls)
c.area = 99
print(c.area, c.calls)

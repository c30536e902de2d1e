# Writes to a class after it was made: plain names, dunders and data descriptors, on the class and
# on a base, seen by instances made before and after; and what enum's metaclass does with them
# (setattr/delattr of each member), __init_subclass__, __set_name__, __prepare__, __slots__, __class__.
import enum


class Base:
    pass


class Sub(Base):
    pass


s = Sub()
s.x = 1
print("plain", s.x)

# a plain attribute on the base, then a property of that name: the property wins over the instance dict
Base.y = 5
print("class attr", s.y)
s.y = 6
print("instance shadows", s.y)
Base.y = property(lambda self: "prop")
print("property wins", s.y)
try:
    s.y = 7
except AttributeError as e:
    print("AttributeError", e)
del Base.y
print("property gone", s.y)


# a user data descriptor set on the base after creation, then replaced by a plain value
class Upper:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        return self if obj is None else obj.__dict__.get(self.name, "unset")

    def __set__(self, obj, value):
        obj.__dict__[self.name] = str(value).upper()


d = Upper()
d.__set_name__(Base, "z")
Base.z = d
s.z = "abc"
print("descriptor", s.z, sorted(vars(s)))
Base.z = "plain"
s.__dict__["z"] = "own"
print("descriptor replaced", s.z)

# dunders added and removed later, on the base
print("truth before", bool(s))
Base.__len__ = lambda self: 0
print("truth with __len__", bool(s))
Base.__bool__ = lambda self: True
print("truth with __bool__", bool(s))
del Base.__bool__, Base.__len__
print("truth after", bool(s))

print("getattr before", getattr(s, "missing", "default"))
Base.__getattr__ = lambda self, name: "got " + name
print("getattr after", s.missing)
del Base.__getattr__
print("getattr removed", getattr(s, "missing", "default"))

log = []
Base.__setattr__ = lambda self, name, value: log.append((name, value))
s.q = 1
print("setattr hook", log, hasattr(s, "q"))
del Base.__setattr__
s.q = 2
print("setattr removed", s.q)

Base.__getattribute__ = lambda self, name: "always " + name
print("getattribute", s.anything)
del Base.__getattribute__
print("getattribute removed", s.x)

# many plain writes and deletes on one class, as enum's metaclass makes
class Many:
    pass


for i in range(200):
    setattr(Many, "a%d" % i, i)
for i in range(0, 200, 2):
    delattr(Many, "a%d" % i)
m = Many()
print("many", sum(getattr(m, n) for n in dir(m) if n.startswith("a")), hasattr(m, "a0"), m.a1)


# enum members and aliases; a member named like a property of a base
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
    name_alias = 3

    def describe(self):
        return self.name.lower()


print("enum", list(Color), Color.CRIMSON is Color.RED, Color["GREEN"], Color(2).describe())
print("enum members", list(Color.__members__))
print("enum value prop", Color.RED.value, Color.RED.name)


class Flags(enum.IntFlag):
    R = 4
    W = 2
    X = 1


print("flag", Flags.R | Flags.W, int(Flags.R | Flags.X), Flags(7))


# __init_subclass__, __set_name__, __prepare__, __slots__ and __class__ in one hierarchy
class Named:
    def __set_name__(self, owner, name):
        self.where = owner.__name__ + "." + name


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = {"prepared": name}
        return ns

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls


class Root(metaclass=Meta):
    __slots__ = ()
    subs = []

    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__()
        Root.subs.append((cls.__name__, tag))

    def whoami(self):
        return __class__.__name__


class Leaf(Root, tag="leaf"):
    __slots__ = ("a", "b")
    n = Named()


leaf = Leaf()
leaf.a = 1
print("meta", Leaf.prepared, Leaf.kw, Root.subs, Leaf.n.where, leaf.whoami(), leaf.a)
try:
    leaf.c = 3
except AttributeError as e:
    print("slots", type(e).__name__)
Leaf.c = "class level"
print("slots class attr", leaf.c)

# dunders that decide nothing about attribute access, written after creation
import abc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


try:
    Shape()
except TypeError as e:
    print("abstract", e)
Shape.__abstractmethods__ = frozenset()
print("abstract cleared", type(Shape()).__name__)
Shape.__repr__ = lambda self: "<a shape>"
Shape.__doc__ = "shapes"
print("repr and doc", repr(Shape()), Shape.__doc__)

class Registry:
    subclasses = []

    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.subclasses.append(cls.__name__)


class A(Registry, tag="a"):
    pass


class B(A):
    pass


print(Registry.subclasses, A.tag, B.tag)


class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)

    def __set__(self, obj, value):
        if value < 0:
            raise ValueError("negative")
        setattr(obj, self.name, value)


class Point:
    __slots__ = ("_x", "_y")
    x = Field()
    y = Field()

    def __init__(self, x, y):
        self.x, self.y = x, y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    def describe():
        return "a point"


p = Point(3, 4)
print(p.x, p.y, p.norm1, Point.origin().norm1, Point.describe(), type(Point.x).__name__)
try:
    p.y = -1
except ValueError as e:
    print("ValueError", e)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError")


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = round(v, 1)

    @celsius.deleter
    def celsius(self):
        self._c = None


t = Temp()
t.celsius = 21.456
print(t.celsius)
del t.celsius
print(t.celsius, B.__mro__[1].__name__, B.__name__, B.__qualname__, isinstance(B(), Registry))

# The pieces abc.ABCMeta (_py_abc) is built from: __abstractmethods__ refused by object.__new__,
# __isabstractmethod__ on functions, properties, classmethods; __subclasshook__; metaclass
# __instancecheck__/__subclasscheck__ with a registry of virtual subclasses.
def abstract(f):
    f.__isabstractmethod__ = True
    return f

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        names = {n for n, v in ns.items() if getattr(v, "__isabstractmethod__", False)}
        for b in bases:
            for n in getattr(b, "__abstractmethods__", set()):
                if getattr(getattr(cls, n, None), "__isabstractmethod__", False):
                    names.add(n)
        cls.__abstractmethods__ = frozenset(names)
        cls._registry = []
        return cls
    def register(cls, sub):
        cls._registry.append(sub)
        return sub
    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))
    def __subclasscheck__(cls, sub):
        ok = cls.__subclasshook__(sub)
        if ok is not NotImplemented:
            return ok
        if cls in getattr(sub, "__mro__", ()):
            return True
        return any(issubclass(sub, r) for r in cls._registry)

class Base(metaclass=Meta):
    @abstract
    def run(self): ...
    @property
    @abstract
    def size(self): ...
    @classmethod
    @abstract
    def make(cls): ...
    @staticmethod
    def helper(): return "help"

print(sorted(Base.__abstractmethods__), Base.helper(), object.__subclasshook__() is NotImplemented)
try:
    Base()
except TypeError as e:
    print("TypeError", e)
class Partial(Base):
    def run(self): return "ran"
try:
    Partial()
except TypeError as e:
    print("TypeError", e)
class Full(Partial):
    size = 3
    @classmethod
    def make(cls): return cls()
f = Full.make()
print(f.run(), f.size, Full.__abstractmethods__, isinstance(f, Base), issubclass(Full, Base))
print(isinstance(3, Base), Base.register(int) is int, isinstance(3, Base), issubclass(bool, Base), isinstance("x", Base))

class HasLen(metaclass=Meta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(isinstance([], HasLen), isinstance(5, HasLen), issubclass(dict, HasLen), isinstance(f, HasLen))
p = property(abstract(lambda self: 1))
print(p.__isabstractmethod__, property(lambda self: 1).__isabstractmethod__, classmethod(abstract(lambda c: 1)).__isabstractmethod__)

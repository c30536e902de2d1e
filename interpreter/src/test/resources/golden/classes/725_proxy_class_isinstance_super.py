# isinstance() and super() accept a proxy whose __class__ names the class (object_isinstance, super_check)
class Proxy(object):
    def __init__(self, obj):
        self.__obj = obj
    def __getattribute__(self, name):
        if name.startswith("_Proxy__"):
            return object.__getattribute__(self, name)
        return getattr(self.__obj, name)
class B(object):
    def f(self): return "B.f"
class C(B):
    def f(self): return super(C, self).f() + "->C.f"
class D(C):
    pass
p = Proxy(D())
print(isinstance(p, C), isinstance(p, B), isinstance(p, Proxy), isinstance(p, int), isinstance(p, (int, C)))
print(C.__dict__["f"](p), type(p).__name__)
class FakeStr:
    __class__ = str
print(isinstance(FakeStr(), str), isinstance(FakeStr(), FakeStr), issubclass(FakeStr, str))
class Prop:
    @property
    def __class__(self): return int
print(isinstance(Prop(), int), isinstance(Prop(), Prop), type(Prop()).__name__)
try:
    super(C, Proxy(B()))
except TypeError as e:
    print("TypeError", e)

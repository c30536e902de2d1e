# Built-in types that CPython marks final cannot be bases, in a class statement or a __bases__
# assignment; type's own getsets are in type.__dict__ and set through type's checks; a metaclass
# mro() that assigns __bases__ again leaves the subclass lists without a cycle.
for base in (type(None), type(len), slice, memoryview, type(lambda: 0), range, bool):
    try:
        class X(base):
            pass
    except TypeError as e:
        print("class:", e)


class O:
    pass


class Y:
    pass


for bases in ((type(None),), (O, type(None)), (type(None), object)):
    try:
        Y.__bases__ = bases
    except TypeError as e:
        print("__bases__:", e)
print(Y.__bases__)

for name in ("__name__", "__qualname__", "__doc__", "__module__", "__bases__", "__mro__", "__dict__"):
    d = type.__dict__[name]
    print(name, type(d).__name__, d.__get__(int) == getattr(int, name))
try:
    type.__dict__["__doc__"].__set__(list, "blah")
except TypeError as e:
    print("TypeError", e)
try:
    type.__dict__["__qualname__"].__set__(str, "Oink")
except TypeError as e:
    print("TypeError", e)
type.__dict__["__qualname__"].__set__(O, "Renamed")
print(O.__qualname__)


class Meta(type):
    ready = False

    def mro(cls):
        if Meta.ready and cls.__name__ == "C":
            Meta.ready = False
            C.__bases__ = (B2,)
        return type.mro(cls)


class A(metaclass=Meta):
    pass


class B1(A):
    pass


class B2(A):
    pass


class C(A):
    pass


Meta.ready = True
C.__bases__ = (B1,)
B1.__bases__ = (C,)
print([k.__name__ for k in C.__bases__], [k.__name__ for k in B2.__subclasses__()], B1.__subclasses__())
print([k.__name__ for k in B1.__bases__], [k.__name__ for k in C.__subclasses__()])
print([k.__name__ for k in C.__mro__])

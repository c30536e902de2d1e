class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", mcls.__name__, name, sorted(k for k in ns if not k.startswith('__')))
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a)
        return super().__call__(*a, **k)
    def __iter__(cls):
        return iter([1, 2, 3])
    def __len__(cls):
        return 3
    def __getitem__(cls, k):
        return k * 2
    def __contains__(cls, x):
        return x == 2
    def __or__(cls, other):
        return ("or", cls.__name__, other)
    def __repr__(cls):
        return "<Meta " + cls.__name__ + ">"
    def __bool__(cls):
        return False
    def hello(cls):
        return "hello from " + cls.__name__

class A(metaclass=Meta, flag=True):
    x = 1
    def __init__(self, v):
        self.v = v

print(type(A), type(A).__name__, A.injected)
a = A(5)
print(a.v, type(a).__name__)
print(list(A), len(A), A[4], 2 in A, 3 in A, A | 5, repr(A), bool(A), A.hello())
print(isinstance(A, Meta), isinstance(A, type), issubclass(Meta, type))
class B(A):
    pass
print(type(B).__name__)
print(repr(B))

class M2(type): pass
try:
    class C(A, metaclass=M2): pass
except TypeError as e:
    print("TypeError", e)

X = type("X", (A,), {"y": 2})
print(type(X).__name__, X.y)
Y = Meta("Y", (), {})
print(Y, type(Y))

class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print("init_subclass", cls.__name__, tag)
class D(Base, tag="t1"): pass
print(D.tag)

class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return "got " + self.name
class E:
    d = Desc()
print(E().d, type(E.d).__name__)

class G:
    def __class_getitem__(cls, item):
        return ("cg", cls.__name__, item)
print(G[int])

class Entries:
    def __mro_entries__(self, bases):
        return (Base,)
class H(Entries(), tag="h"): pass
print(H.__mro__, H.__orig_bases__[0].__class__.__name__)

class ICheck(type):
    def __instancecheck__(cls, inst):
        return inst == 42
    def __subclasscheck__(cls, sub):
        return sub is int
class Anything(metaclass=ICheck): pass
print(isinstance(42, Anything), isinstance(1, Anything), issubclass(int, Anything), issubclass(str, Anything))
print(A.__qualname__, A.__module__, type.__new__(Meta, "Z", (), {}).__class__.__name__)
class Outer:
    class Inner: pass
print(Outer.Inner.__qualname__)

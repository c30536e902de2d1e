# A special method the protocol calls (bytes(), reversed(), with, format(), round(), math.trunc,
# isinstance, dict's __missing__, dir(), str()) is found on the type and bound through its __get__
# when it is a descriptor; a callable without __get__ is called without the instance.
import math
import functools

record = []

class Descr:
    def __init__(self, impl):
        self.impl = impl
    def __get__(self, obj, owner):
        record.append(self.impl.__name__)
        return self.impl.__get__(obj, owner)

class Boom(Exception):
    pass

class Raising:
    def __get__(self, obj, owner):
        raise Boom

def hello(self): return b"hello"
def empty(self): return []
def zero(self): return 0
def cnum(self): return 1j
def fmt(self, spec): return "fmt:" + spec
def ident(self): return self
def swallow(self, *a): return True
def text(self): return "text"
def yes(self, other): return True
def missing(self, key): return "missing " + key

def with_run(m):
    with m:
        raise KeyError("swallowed")
    return "with done"

def dict_missing(x):
    class D(type(x), dict):
        pass
    return D()["k"]

cases = [
    ("__bytes__", bytes, hello, {}),
    ("__reversed__", reversed, empty, {}),
    ("__complex__", complex, cnum, {}),
    ("__format__", lambda x: format(x, "spec"), fmt, {}),
    ("__round__", round, zero, {}),
    ("__trunc__", math.trunc, zero, {}),
    ("__floor__", math.floor, zero, {}),
    ("__ceil__", math.ceil, zero, {}),
    ("__dir__", dir, empty, {}),
    ("__str__", str, text, {}),
    ("__repr__", repr, text, {}),
    ("__enter__", with_run, ident, {"__exit__": swallow}),
    ("__exit__", with_run, swallow, {"__enter__": ident}),
    ("__missing__", dict_missing, missing, {}),
    ("__instancecheck__", lambda x: isinstance(1, x), yes, {}),
    ("__subclasscheck__", lambda x: issubclass(int, x), yes, {}),
]

for name, run, impl, env in cases:
    class X:
        pass
    for k, v in env.items():
        setattr(X, k, v)
    setattr(X, name, Descr(impl))
    del record[:]
    r = run(X())
    print(name, "->", r if not isinstance(r, list) else list(r), record)
    if name == "__repr__":
        continue  # slot_tp_repr swallows a failing lookup and falls back to object's repr (not modelled)
    setattr(X, name, Raising())
    try:
        run(X())
        print(name, "raising descriptor: no error")
    except Boom:
        print(name, "raising descriptor: Boom")

# a staticmethod and a classmethod as special methods
class S:
    __len__ = staticmethod(lambda: 3)
    __iter__ = classmethod(lambda cls: iter([cls.__name__]))
    __bytes__ = staticmethod(lambda: b"static")
print(len(S()), list(S()), bytes(S()))

# a callable without __get__ (a bound method, a partial) is called without the instance
class Box:
    def __init__(self, n): self.n = n
    def size(self): return self.n
box = Box(5)
class T:
    __len__ = box.size
    __round__ = functools.partial(lambda *a: ("partial", len(a)))
print(len(T()), round(T()))

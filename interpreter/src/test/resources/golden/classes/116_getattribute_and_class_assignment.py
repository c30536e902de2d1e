class A:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
a = A()
print(a.magic, a.other)
class B:
    def __getattribute__(self, name):
        if name == "x": raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return "ga " + name
print(B().x)
class C: pass
class D:
    def hi(self): return "D"
c = C(); c.__class__ = D; print(type(c).__name__, c.hi())
class E:
    def __getattribute__(self, name):
        if name.startswith("secret"): raise AttributeError("no peeking: " + name)
        return super().__getattribute__(name)
e = E(); e.x = 1
print(e.x, hasattr(e, "secret1"), getattr(e, "secret2", "dflt"))
try: e.secret
except AttributeError as ex: print("AE", ex)
class P:
    def __init__(self, t): object.__setattr__(self, "_t", t)
    def __getattribute__(self, n):
        t = object.__getattribute__(self, "_t")
        return getattr(t, n)
p = P([3,1,2]); p.sort(); print(p.__len__(), object.__getattribute__(p, "_t"))
try: c.__class__ = int
except TypeError as ex: print("TE", ex)
try: c.__class__ = 5
except TypeError as ex: print("TE", ex)
object.__setattr__(c, "__class__", C); print(type(c).__name__)

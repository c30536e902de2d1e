# A bound method whose function is a callable object (functools.lru_cache's wrapper, partial, a
# user class) reads the attributes it does not have from that callable, as method_getattro does.
import functools


class Sized(int):
    @functools.lru_cache(maxsize=4)
    def tens(self, x):
        return x * 10


a = Sized(5)
print(a.tens(1), a.tens(1), a.tens(2))
print(a.tens.cache_info())
a.tens.cache_clear()
print(Sized.tens.cache_info())
print(a.tens.__wrapped__.__name__, a.tens.__name__, a.tens.__self__ is a)


class Tagged:
    def __init__(self, fn):
        self.fn = fn
        self.tag = "T"

    def __call__(self, *args):
        return self.fn(*args)

    def __get__(self, obj, cls=None):
        import types
        return self if obj is None else types.MethodType(self, obj)


class Holder:
    @Tagged
    def m(self):
        return "called"


h = Holder()
print(h.m(), h.m.tag, h.m.fn.__name__)
print(hasattr(h.m, "missing"), getattr(h.m, "missing", "default"))

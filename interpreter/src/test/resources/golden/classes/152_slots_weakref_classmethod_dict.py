# A slot named like a class variable, weak references to slotted instances, the __dict__ a
# classmethod/staticmethod copies from its callable (functools_wraps), their argument checks, and
# object.__reduce__/__reduce_ex__'s argument checks.
import weakref

try:
    class X:
        __slots__ = ["foo"]
        foo = None
except ValueError as e:
    print("ValueError:", e)


class NoWeak:
    __slots__ = ['foo']


class Weak:
    __slots__ = ['foo', '__weakref__']


class Sub(NoWeak):
    pass


for cls in (NoWeak, Weak, Sub, object):
    try:
        r = weakref.ref(cls())
        print(cls.__name__, "weakref ok")
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)


def f(x: int) -> int:
    "f docstring"
    return x


for kind in (classmethod, staticmethod):
    m = kind(f)
    print(kind.__name__, sorted(m.__dict__.items()), m.__wrapped__ is f, m.__func__ is f)
    m.x = 42
    print(m.x, sorted(m.__dict__))
    del m.x
    print(hasattr(m, "x"))
    try:
        kind(f, kw=1)
    except TypeError as e:
        print("TypeError:", e)


class C:
    @classmethod
    def g(cls):
        return cls.__name__

    @staticmethod
    def h():
        return 1


print(C.g(), C.h(), C.__dict__['g'].__name__, C.__dict__['h'].__qualname__)

object().__reduce__()
object().__reduce_ex__(0)
for call in (lambda: object().__reduce__(0), lambda: object().__reduce_ex__(), lambda: object().__reduce_ex__(None)):
    try:
        call()
    except TypeError:
        print("TypeError")

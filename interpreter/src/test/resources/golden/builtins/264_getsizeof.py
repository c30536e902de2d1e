# sys.getsizeof and __sizeof__ give CPython's 64-bit sizes for the builtin types, and call a
# class's own __sizeof__ (plus the collector's header for instances of classes).
import sys

g = sys.getsizeof
print("ints", g(0), g(1), g(True), g(2**30), g(-2**30), g(10**30))
print("float, complex, None", g(1.5), g(1j), g(None))
print("str", g(""), g("abc"), g("\xe9"), g("\u20ac"), g("\U0001F600"), g("a" * 100))
print("bytes", g(b""), g(b"ab"), g(bytearray()), g(bytearray(b"ab")))
print("tuple", g(()), g((1, 2)), g(tuple(range(10))))
print("list", g([]), g(list(range(10))), g([None] * 10))
print("dict", g({}), g({"a": 1}), g({1: 1}), g(dict.fromkeys(range(6))), g(dict.fromkeys("abcdefghijk")))
print("set", g(set()), g(set(range(4))), g(set(range(5))), g(frozenset(range(10))), g(set(range(100))))
print("range", g(range(3)))


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b")


class Sized:
    def __sizeof__(self):
        return 100


class E(Exception):
    pass


print("instances", g(object()), g(Plain()), g(Slotted()), g(Sized()), g(Exception()), g(E()))
print("__sizeof__", object().__sizeof__(), [].__sizeof__(), Plain().__sizeof__(), Slotted().__sizeof__())


class Neg:
    def __sizeof__(self):
        return -1


class Bad:
    def __sizeof__(self):
        return "big"


for obj in (Neg(), Bad()):
    try:
        g(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("default", g(Bad(), 7))

# str(): a str subclass from __repr__ is kept; an encoding needs bytes; maketrans checks its dict;
# object.__format__ refuses a spec; %-formatting converts through __int__/__index__/__float__;
# the text methods' argument-count messages are CPython's.
import operator


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print("ok", type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


class S(str):
    pass


class WithRepr:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return self.v


class WithStr(WithRepr):
    def __str__(self):
        return self.v


show(str, WithRepr(S("<abc>")))
show(str, WithStr(S("<abc>")))
show(S, WithRepr("<abc>"))
show(str, WithRepr("<abc>"))

show(str, b"ab", "utf-8")
show(str, bytearray(b"ab"), "ascii")
show(str, memoryview(b"ab"), "utf-8")
show(str, "ab", "utf-8")
show(str, "ab", errors="strict")
show(str, 5, "utf-8")
show(str, [1], encoding="utf-8")

show(str.maketrans, {"a": "b", 98: None})
show(str.maketrans, {"xy": 2})
show(str.maketrans, {(1,): 2})
show(str.maketrans, "ab")


class G:
    def __format__(self, spec):
        if spec == "d":
            return "G!"
        return object.__format__(self, spec)


show("{0:d}".format, G())
show("{0:>15s}".format, G())
show(lambda: object.__format__(G(), "").startswith("<__main__.G object at "))
show(format, [1], "")
show(format, [1], "s")


class I:
    def __int__(self):
        return 7


class X:
    def __index__(self):
        return 9


class F:
    def __float__(self):
        return 2.5


class Raising:
    def __int__(self):
        raise RuntimeError("int")

    def __index__(self):
        raise RuntimeError("index")


for spec in ("%d", "%i", "%u", "%x", "%o", "%c", "%f", "%.1e"):
    for v in (I(), X(), F(), Raising(), 2.75):
        show(operator.mod, spec, v)

for name, args in (("find", ("a",) * 4), ("index", ()), ("startswith", ()), ("split", ("a",) * 3),
                   ("strip", ("a",) * 2), ("replace", ()), ("zfill", ()), ("join", ("a",) * 2)):
    for obj in ("abc", b"abc"):
        show(getattr(obj, name), *args)
for obj, name, args in (({}, "get", ()), ([], "insert", (1,)), ([], "index", ()), ((), "count", ())):
    show(getattr(obj, name), *args)

# o[k], iter(o) and `x in o` for each kind of operand: the common kinds (list, tuple, dict, str,
# range) and the rarer ones (slices, str beyond the BMP, bytes, big ranges, sets, subclasses,
# __missing__, __getitem__-only sequences, __contains__, coroutines)
import asyncio


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class D(dict):
    def __missing__(self, k):
        return "missing " + repr(k)


class PlainD(dict):
    pass


class L(list):
    pass


class T(tuple):
    pass


class S(str):
    pass


class I(int):
    pass


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


class Cont:
    def __contains__(self, x):
        return x == 7


class Iter:
    def __iter__(self):
        return iter([1, 2])


class BadIter:
    def __iter__(self):
        return 5


class NotIterable:
    __iter__ = None

    def __getitem__(self, i):
        return i


lst, tup, s, wide = [1, 2, 3], (4, 5, 6), "héllo", "a\U0001F600b"
for label, o, k in [("list", lst, 1), ("list neg", lst, -1), ("list out", lst, 3), ("list slice", lst, slice(0, 2)),
                    ("list bool", lst, True), ("list sub", L(lst), 0), ("list sub slice", L(lst), slice(1, None)),
                    ("tuple", tup, 2), ("tuple out", tup, -4), ("tuple slice", tup, slice(None, None, -1)),
                    ("tuple sub", T(tup), 0), ("str", s, 1), ("str neg", s, -1), ("str out", s, 5),
                    ("str slice", s, slice(1, 3)), ("str wide", wide, 1), ("str wide neg", wide, -1),
                    ("str wide out", wide, 3), ("str wide slice", wide, slice(1, 3)), ("str sub", S(s), 0),
                    ("str key", s, "a"), ("dict", {1: "a"}, 1), ("dict missing", {1: "a"}, 2),
                    ("dict sub missing", D(), 5), ("dict plain sub", PlainD(a=1), "b"), ("bytes", b"ab", 1),
                    ("bytes neg", b"ab", -2), ("bytes out", b"ab", 2), ("bytearray", bytearray(b"xy"), 0),
                    ("bytes slice", b"abc", slice(1, None)), ("range", range(10, 20, 3), 2),
                    ("range slice", range(10), slice(2, 8, 2)), ("seq", Seq(), 2), ("int", 5, 0), ("int sub key", lst, I(1))]:
    attempt("[] " + label, lambda: o[k])

for label, o in [("list", lst), ("tuple", tup), ("dict", {"a": 1, "b": 2}), ("str", s), ("wide str", wide),
                 ("range", range(3)), ("big range", range(2**64, 2**64 + 2)), ("set", {3}), ("frozenset", frozenset({4})),
                 ("bytes", b"hi"), ("bytearray", bytearray(b"hi")), ("str sub", S("ab")), ("list sub", L([1])),
                 ("dict sub", D(x=1)), ("seq", Seq()), ("user", Iter()), ("bad", BadIter()),
                 ("not iterable", NotIterable()), ("int", 3), ("iterator", iter([9]))]:
    attempt("iter " + label, lambda: list(iter(o)))


async def coro():
    return 1


c = coro()
attempt("iter coroutine", lambda: iter(c))
c.close()

for label, o, x in [("list", lst, 2), ("list no", lst, 9), ("nan", [float("nan")], None), ("tuple", tup, 5),
                    ("dict", {1: 2}, 1), ("set", {1}, 2), ("str", s, "ll"), ("str int", s, 1), ("str sub", S("ab"), "b"),
                    ("range", range(0, 10, 2), 4), ("range odd", range(0, 10, 2), 5), ("range neg", range(10, 0, -3), 7),
                    ("range float", range(5), 2.0), ("big range", range(2**70, 2**70 + 5), 2**70 + 1),
                    ("bytes", b"abc", b"bc"), ("bytes int", b"abc", 98), ("int sub", I(3), 1), ("cont", Cont(), 7),
                    ("seq", Seq(), 20), ("user iter", Iter(), 2), ("int", 3, 1)]:
    if label == "nan":
        x = o[0]
    attempt("in " + label, lambda: x in o)

for label, o, x in [("range bool", range(1, 10**18), False), ("range true", range(3), True), ("range big int", range(10**18), 2**70),
                    ("range int sub", range(5), I(4)), ("range str", range(3), "1")]:
    attempt("in " + label, lambda: x in o)

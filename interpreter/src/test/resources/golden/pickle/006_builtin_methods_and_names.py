# Built-in methods, singletons and names declared global pickle by reference, with both picklers.
import functools
import pickle
import sys


def make_globals():
    global Nested, helper

    class Nested:
        class Inner:
            pass

    def helper():
        return "helper"

    def local():
        pass
    return local


local = make_globals()
print(Nested.__qualname__, Nested.Inner.__qualname__, helper.__qualname__, local.__qualname__)
print(str.index.__qualname__, str.index.__objclass__, list.__len__.__qualname__)
print(str.index.__reduce__())
print(int.__new__.__reduce__())
print(Ellipsis.__reduce__(), NotImplemented.__reduce__())

dumpers = [("C", pickle.dumps), ("Python", pickle._dumps)]
methods = [("abcd".index, ("c",)), (str.index, ("abcd", "c")), ([1, 2, 3].__len__, ()),
           (list.__len__, ([1, 2, 3],)), ({1, 2}.__contains__, (2,)), (dict.fromkeys, ("ab",)),
           (bytearray.maketrans, (b"abc", b"xyz"))]
for kind, dumps in dumpers:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        ok = all(pickle.loads(dumps(m, proto))(*args) == m(*args) for m, args in methods)
        same = [pickle.loads(dumps(o, proto)) is o
                for o in (Nested, Nested.Inner, helper, ..., NotImplemented, type(None), type(...), type(NotImplemented))]
        print(kind, proto, ok, same)
        try:
            dumps(local, proto)
        except (AttributeError, pickle.PicklingError) as e:
            print("  local:", type(e).__name__)


class Recursive:
    pass


Recursive.mod = sys.modules[__name__]
Recursive.__qualname__ = "Recursive.mod.Recursive"
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print("recursive", proto, pickle.loads(pickle.dumps(Recursive, proto)) is Recursive, pickle.dumps(Recursive, proto)[-14:])


class NewEx(int):
    def __init__(self, *args, **kwargs):
        raise AssertionError("no __init__ on unpickling")

    def __getnewargs_ex__(self):
        return ("%X" % self,), {"base": 16}


x = NewEx.__new__(NewEx, 0xface)
x.abc = 666
for kind, dumps in dumpers:
    for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
        y = pickle.loads(dumps(x, proto))
        print(kind, proto, type(y).__name__, y, y.abc)
part = functools.partial(int.__new__, int, "7")
print(pickle.loads(pickle.dumps(part, 2))())


def f():
    pass


del f.__module__
print(f.__module__)

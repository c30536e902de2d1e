# object.__reduce_ex__ / __reduce__ / __getstate__ as typeobject.c and copyreg build them
import copyreg


class Plain:
    def __init__(self):
        self.x = 1


class Empty:
    pass


class Slots:
    __slots__ = ("a", "b")


class KwNew:
    def __new__(cls, *, k):
        o = super().__new__(cls)
        o.k = k
        return o

    def __getnewargs_ex__(self):
        return (), {"k": self.k}


def show(rv):
    parts = []
    for item in rv:
        if callable(item) and hasattr(item, "__name__"):
            parts.append(item.__name__)
        elif hasattr(item, "__next__"):
            parts.append("iter:" + repr(list(item)))
        else:
            parts.append(repr(item))
    return "(" + ", ".join(parts) + ")"


print(show(Plain().__reduce_ex__(2)))
print(show(Plain().__reduce_ex__(4)))
print(show(Empty().__reduce_ex__(2)))
print(show(Plain().__reduce_ex__(0)))
print(show(Plain().__reduce_ex__(1)))
print(show(Plain().__reduce__()))
print(Plain().__getstate__(), Empty().__getstate__())
s = Slots()
s.a = 5
print(show(s.__reduce_ex__(2)), s.__getstate__())
print(show(KwNew(k=3).__reduce_ex__(2)))
print(show([1, 2].__reduce_ex__(2)))
print(show({"a": 1}.__reduce_ex__(2)))
print(show((1, 2).__reduce_ex__(2)))
print(show((5).__reduce_ex__(2)), show("s".__reduce_ex__(2)), show((2.5).__reduce_ex__(3)))
print(show(b"b".__reduce_ex__(2)), show(bytearray(b"ba").__reduce_ex__(2)), show(bytearray(b"ba").__reduce_ex__(3)))
print(show({1, 2}.__reduce_ex__(2)), show(frozenset([3]).__reduce_ex__(2)))
print(show(range(1, 9, 2).__reduce_ex__(2)), show(slice(1, 5).__reduce_ex__(2)), show((1 + 2j).__reduce_ex__(2)))
print(show(ValueError("m", 2).__reduce_ex__(2)))
e = KeyError("k")
e.extra = 1
print(show(e.__reduce_ex__(2)))
print(len.__reduce_ex__(2), [].append.__reduce_ex__(2)[0].__name__)
print(copyreg.__newobj__(Plain).__class__.__name__)
print(copyreg._slotnames(Slots), Slots.__slotnames__)
try:
    Slots().__reduce_ex__(0)
except TypeError as ex:
    print("TypeError", ex)
try:
    object().__reduce_ex__()
except TypeError as ex:
    print("TypeError", ex)
print(show(object().__reduce_ex__(2)))


class Override:
    def __reduce__(self):
        return (Override, ())


print(show(Override().__reduce_ex__(2)))


class BadArgs:
    def __getnewargs__(self):
        return [1]


try:
    BadArgs().__reduce_ex__(2)
except TypeError as ex:
    print("TypeError", ex)

# __slots__: each slot is a member descriptor on the class; an instance whose class's slots leave
# out __dict__ has none (object() neither); private slot names are mangled; slot names are checked.
class S:
    __slots__ = ("a", "__b")

    def setb(self, v):
        self.__b = v

    def getb(self):
        return self.__b


print(type(S.a).__name__, S.a, S.a.__doc__)
s = S()
try:
    s.a
except AttributeError as e:
    print("AttributeError", e)
s.a = 4
print(s.a, S.a.__get__(s), S.a.__get__(None, S) is S.a)
S.a.__set__(s, 5)
print(s.a)
del s.a
try:
    del s.a
except AttributeError as e:
    print("AttributeError", e)
s.setb(3)
print(s.getb(), sorted(k for k in S.__dict__ if "b" in k))
print(hasattr(s, "__dict__"), hasattr(object(), "__dict__"))
try:
    s.__dict__
except AttributeError as e:
    print("AttributeError", e)


class W:
    __slots__ = ["__weakref__"]


print(hasattr(W(), "__dict__"), hasattr(W(), "__weakref__"))


class WithDict:
    __slots__ = ("x", "__dict__")


wd = WithDict()
wd.y = 1
print(wd.__dict__, type(WithDict.x).__name__)

import abc


class MyABC(metaclass=abc.ABCMeta):
    __slots__ = "a"


class Unrelated:
    pass


MyABC.register(Unrelated)
print(isinstance(Unrelated(), MyABC))
try:
    MyABC.a.__set__(Unrelated(), 3)
except TypeError as e:
    print("TypeError", e)


class G:
    __slots__ = ("x",)

    def __getattr__(self, n):
        return "getattr:" + n


print(G().x)


class Sub(S):
    pass


t = Sub()
t.a = 1
t.z = 2
print(t.a, t.z, Sub.a is S.a)


class D(dict):
    __slots__ = ("q",)


d = D()
d.q = 1
print(d.q, D.q)

import copy
import pickle


class P:
    __slots__ = ("a", "b")


p = P()
p.a = 1
p2 = copy.copy(p)
print(p2.a, hasattr(p2, "b"))
print(pickle.loads(pickle.dumps(p)).a)

for slots in ([None], ["foo bar"], ["1"], [""], [chr(128)], ["a", "_b", "A0123456789Z"]):
    try:
        class Z:
            __slots__ = slots
        print("ok", slots)
    except TypeError as e:
        print("TypeError", e)


class Exc1(Exception):
    pass


for exc in (ValueError(), Exc1()):
    exc.__dict__ = {"a": 1}
    print(exc.a)
    try:
        del exc.__dict__
        print("deleted")
    except TypeError as e:
        print("TypeError", e)

# A metaclass's mro() decides the class's MRO (checked: classes only, compatible layouts); __new__
# returning an instance of a subclass gets that subclass's __init__; type's __dict__/__mro__ are read-only.
class C(object):
    def __new__(cls, arg):
        if isinstance(arg, str):
            return [1, 2, 3]
        elif isinstance(arg, int):
            return object.__new__(D)
        else:
            return object.__new__(cls)


class D(C):
    def __init__(self, arg):
        self.foo = arg


print(C("1"), D("1"), D(None).foo, type(C(1)).__name__, C(1).foo)


class A(object):
    def f(self):
        return "A"


class B(A):
    pass


class C2(A):
    def f(self):
        return "C"


class D2(B, C2):
    pass


class PerverseMetaType(type):
    def mro(cls):
        L = type.mro(cls)
        L.reverse()
        return L


class X(D2, B, C2, A, metaclass=PerverseMetaType):
    pass


print([k.__name__ for k in X.__mro__], X().f(), D2().f())

for bad in ([dict, object], [1], 1):
    try:
        class _m(type):
            def mro(self, bad=bad):
                return [self] + bad if isinstance(bad, list) else bad

        class Y(object, metaclass=_m):
            pass
        print("no error", bad)
    except TypeError as e:
        print("TypeError", e)


class Tuple(type):
    def mro(cls):
        return (cls, object)


class T(metaclass=Tuple):
    pass


print(T.__mro__)


class K:
    pass


for n in ("__dict__", "__mro__"):
    try:
        setattr(K, n, {})
    except AttributeError as e:
        print("AttributeError", e)


class Watch(type):
    def mro(cls):
        if cls.__name__ == "Outer":
            print("during mro():", cls.__mro__)
            try:
                class Inner(cls):
                    pass
            except TypeError as e:
                print("TypeError", e)
        return type.mro(cls)


class Outer(metaclass=Watch):
    pass


print(Outer.__mro__, Outer.mro())


class CM:
    @classmethod
    def __new__(*args):
        return args


class CMSub(CM):
    pass


print(CM(1, 2) == (CM, CM, 1, 2), CMSub(1) == (CMSub, CMSub, 1))


class SM:
    @staticmethod
    def __new__(*args):
        return args


print(SM(1, 2) == (SM, 1, 2))

import types

m = types.ModuleType("spam")
for action in ("set", "del"):
    try:
        if action == "set":
            m.__dict__ = {}
        else:
            del m.__dict__
    except AttributeError as e:
        print(action, "AttributeError", e)
try:
    del K.__dict__
except AttributeError as e:
    print("del AttributeError", e)


class Once(type):
    calls = 0

    def mro(cls):
        Once.calls += 1
        if Once.calls > 1:
            raise RuntimeError("mro() called again")
        return type.mro(cls)


class B1:
    pass


class B2:
    pass


class Mid(B1):
    pass


class Low(Mid):
    pass


class Custom(Mid, metaclass=Once):
    pass


before = (Low.__mro__, Mid.__mro__, Custom.__mro__)
try:
    Mid.__bases__ = (B2,)
    print("no error")
except RuntimeError as e:
    print("RuntimeError", e, (Low.__mro__, Mid.__mro__, Custom.__mro__) == before, Mid.__bases__)


class Rev(type):
    def mro(cls):
        return [cls] + list(reversed(type.mro(cls)[1:]))


class R1:
    def f(self):
        return "R1"


class R2:
    def f(self):
        return "R2"


class RR(R1, metaclass=Rev):
    pass


print([c.__name__ for c in RR.__mro__], RR().f())
RR.__bases__ = (R1, R2)
print([c.__name__ for c in RR.__mro__], RR().f())

# C.__bases__ = (...): new MROs for the class and its subclasses, the same attribute sites seeing the
# change (type versions bumped), CPython's checks, and a refused assignment leaving every MRO as it was.
class C(object):
    pass
class C2(object):
    def __getattribute__(self, attr):
        if attr == 'a':
            return 2
        return super(C2, self).__getattribute__(attr)
    def meth(self):
        return 1
class D(C):
    pass
class E(D):
    pass
d, e = D(), E()
def calls():
    return [getattr(x, 'meth', None) is not None for x in (d, e)]
print(calls())                 # a site cache sees the change: no meth yet
D.__bases__ = (C,)
D.__bases__ = (C2,)
print(calls(), d.meth(), e.meth(), d.a, e.a)
print(C2.__subclasses__() == [D], C.__subclasses__(), [k.__name__ for k in E.__mro__])
for bad in ((), (D,), (C, C), (E,), [C], (1,), (int,)):
    try:
        D.__bases__ = bad
    except TypeError as ex:
        print('TypeError:', ex)
print([k.__name__ for k in E.__mro__], D.__bases__ == (C2,))
try:
    del D.__bases__
except (TypeError, AttributeError) as ex:
    print(type(ex).__name__)
try:
    int.__bases__ = (object,)
except TypeError as ex:
    print('TypeError:', ex)
class A: x = 'A'
class B: x = 'B'
class F(A): pass
f = F()
for i in range(3):
    print(f.x, F.x)             # the same site before and after the assignment
    F.__bases__ = (B,) if i == 0 else (A,)
class X: pass
class Y(X): pass
class Z(X): pass
class W(Y, Z): pass
try:
    Y.__bases__ = (Z,)  # W's MRO would have Z before Y and after it: refused, nothing changes
except TypeError as ex:
    print('TypeError:', ex.args[0].split('\n')[0])
print([k.__name__ for k in W.__mro__], [k.__name__ for k in Y.__mro__])

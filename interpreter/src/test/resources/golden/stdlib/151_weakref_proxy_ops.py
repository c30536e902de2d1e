# weakref.proxy forwards in-place operators, __index__, reversed(), bytes(), attribute deletion and
# refuses a non-iterator's __next__; ref() takes no keywords; getweakrefs lists the plain ref first;
# gc's thresholds and is_tracked.
import gc
import operator
import weakref


class C:
    def __floordiv__(self, other):
        return 42

    def __ifloordiv__(self, other):
        return 21

    def __matmul__(self, other):
        return 1729

    def __rmatmul__(self, other):
        return -163

    def __imatmul__(self, other):
        return 561

    def __index__(self):
        return 10

    def __len__(self):
        return 3

    def __reversed__(self):
        return iter('cba')

    def __bytes__(self):
        return b'bytes'


o = C()
p = weakref.proxy(o)
print(p // 5, 5 @ p, p @ 5, operator.index(p), ''.join(reversed(p)), bytes(p))
q = p
q //= 5
print(q)
q = p
q @= 5
print(q)
o.foo = 1
del p.foo
print(hasattr(o, 'foo'))
p.bar = 2
print(o.bar)


class NotIter:
    pass


ni = NotIter()
try:
    next(weakref.proxy(ni))
except TypeError as e:
    print('TypeError:', e)

try:
    weakref.ref(o, callback=None)
except TypeError as e:
    print('TypeError:', e)
r = weakref.ref(Exception)
try:
    r.__init__(0, 0, 0, 0, 0)
except TypeError as e:
    print('TypeError:', e)


class MyRef(weakref.ref):
    pass


class Obj:
    pass


x = Obj()
r1 = MyRef(x)
r2 = weakref.ref(x)
print(r1 is r2, weakref.getweakrefs(x)[0] is r2, weakref.getweakrefcount(x))

old = gc.get_threshold()
gc.set_threshold(1, 2, 3)
print(len(old), gc.get_threshold())
gc.set_threshold(*old)
print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked(None), gc.is_tracked([]), gc.is_tracked(Obj()))

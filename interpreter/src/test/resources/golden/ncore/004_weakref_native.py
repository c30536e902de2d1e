# _weakref directly: referents die at a collection on the JVM, so every check follows gc.collect()
import gc
import _weakref
from _weakref import ref, proxy, getweakrefcount, getweakrefs, _remove_dead_weakref
class O:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'O(%d)' % self.n
    def meth(self):
        return self.n * 2
o = O(1)
dead = []
r = ref(o, lambda w: dead.append(w is r))
r2 = ref(o)
print(r() is o, r2 is ref(o), r is r2, r == r2, hash(r) == hash(o), getweakrefcount(o), len(getweakrefs(o)))
print(r.__callback__ is not None, type(r).__name__, _weakref.ReferenceType is ref)
del o
gc.collect()
print(r(), r2(), dead, r.__callback__, r == r2)
for bad in [1, 'x', [], {}, (1,), None]:
    try:
        ref(bad)
    except TypeError as e:
        print('TypeError', e)
p = O(5)
px = proxy(p)
print(px.n, px.meth(), str(px), type(px).__name__, getweakrefcount(p), px == p)
px.n = 7
print(p.n)
fn = lambda: 42
cp = proxy(fn)
print(cp(), type(cp).__name__)
try:
    hash(px)
except TypeError as e:
    print('TypeError', e)
del p
gc.collect()
try:
    px.n
except ReferenceError as e:
    print('ReferenceError', e)
class KeyedRef(ref):
    __slots__ = ('key',)
    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
q = O(3)
seen = []
kr = KeyedRef(q, lambda w: seen.append(w.key), 'k')
print(kr() is q, kr.key, isinstance(kr, ref), type(kr).__name__, getweakrefcount(q))
d = {'k': kr}
_remove_dead_weakref(d, 'k')
print(len(d))
del q
gc.collect()
_remove_dead_weakref(d, 'k')
print(seen, len(d), kr())
a = O(1)
b = O(1)
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)
e1, e2 = E(1), E(1)
print(ref(e1) == ref(e2), ref(a) == ref(b), ref(e1) != ref(e2), {ref(e1): 1}[ref(e2)])
print(ref(O)() is O, ref(len)() is len, ref(O.meth)() is O.meth)

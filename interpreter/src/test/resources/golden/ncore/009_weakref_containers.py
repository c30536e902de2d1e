# the weakref module (gilspy's copy until CPython's can serve) over real references
import gc
import weakref
class O:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'O(%d)' % self.n
    def meth(self):
        return self.n * 2
wvd = weakref.WeakValueDictionary()
a, b = O(10), O(11)
wvd['a'] = a
wvd['b'] = b
print(sorted(wvd.keys()), wvd['a'], len(wvd), 'a' in wvd, wvd.get('zz', 'dflt'))
del a
gc.collect()
print(sorted(wvd.keys()), len(wvd), 'a' in wvd, wvd.get('a'), list(wvd.values()))
try:
    wvd['a']
except KeyError as e:
    print('KeyError', e)
print(wvd.setdefault('c', b), wvd.pop('c'), len(wvd.copy()))
wkd = weakref.WeakKeyDictionary()
k1, k2 = O(1), O(2)
wkd[k1] = 'one'
wkd[k2] = 'two'
print(len(wkd), wkd[k1], k1 in wkd, sorted(wkd.values()))
del k1
gc.collect()
print(len(wkd), list(wkd.values()), list(wkd.keys()))
ws = weakref.WeakSet()
x1, x2 = O(1), O(2)
ws.add(x1)
ws.add(x2)
print(len(ws), x1 in ws)
del x2
gc.collect()
print(len(ws), list(ws))
class F:
    pass
fo = F()
fin = weakref.finalize(fo, print, 'finalized!')
print(fin.alive)
del fo
gc.collect()
print(fin.alive, fin())
g = F()
fin2 = weakref.finalize(g, lambda *a, **k: ('called', a, k), 1, x=2)
print(fin2.peek()[1:] == (fin2.peek()[1], (1,), {'x': 2}), fin2(), fin2.alive, fin2())
m = O(9)
wm = weakref.WeakMethod(m.meth)
print(wm()(), wm() == m.meth)
del m
gc.collect()
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError', e)
p = O(4)
pp = weakref.proxy(p)
print(pp.n, isinstance(pp, weakref.ProxyTypes), weakref.getweakrefcount(p))
print(weakref.ref is weakref.ReferenceType, weakref.ref(p)() is p)

# __slots__ members beside a __dict__: replacing __dict__ keeps them, the dict does not show them,
# and they win over a dict entry of the same name (the pure-Python _threading_local relies on it)
import copy, pickle
class A:
    __slots__ = ('x', '__dict__')
class B(A):
    pass
class C:
    __slots__ = ('y',)
class D(C):
    def __getattr__(self, n): return 'ga:' + n
for cls in (A, B):
    o = cls(); o.x = 1; o.z = 2
    print(cls.__name__, o.x, o.z, sorted(o.__dict__))
    o.__dict__ = {'w': 3}
    print(o.x, o.w, hasattr(o, 'z'))
    c = copy.copy(o); print(c.x, c.w)
    p = pickle.loads(pickle.dumps(o)); print(p.x, p.w)
    del o.x
    print(hasattr(o, 'x'))
    try: del o.x
    except AttributeError as e: print('AE', e)
    setattr(o, 'x', 5); print(getattr(o, 'x'))
    object.__delattr__(o, 'x'); print(hasattr(o, 'x'))
    o.__dict__['x'] = 'dictval'
    try: print(o.x)
    except AttributeError as e: print('AE', e)
    o.x = 6; print(o.x, o.__dict__)
d = D(); print(d.y); d.y = 1; print(d.y, d.__dict__); d.__dict__ = {}; print(d.y)
e = D(); del d.y; print(d.y)
import threading, _threading_local
loc = _threading_local.local()
loc.a = 1
def f():
    loc.a = 2; print('thread', loc.a, loc.__dict__)
t = threading.Thread(target=f); t.start(); t.join()
print(loc.a, loc.__dict__)
class Sub(_threading_local.local):
    def __init__(self, v): self.v = v
s = Sub(7)
def g(): print('g', s.v)
t = threading.Thread(target=g); t.start(); t.join()

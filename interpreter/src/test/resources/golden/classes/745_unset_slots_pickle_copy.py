# Pickling and copying an object whose __slots__ are not all set: copyreg skips the unset ones (an unset
# member raises AttributeError on read), a tzinfo subclass with slots included; a property's own
# AttributeError message survives getattr().
import pickle, copy
from datetime import tzinfo, timedelta
class Off(tzinfo):
    __slots__ = ('_o', 'spam')
    def __init__(self, o=None): self._o = o
    def utcoffset(self, dt): return self._o
o = Off(timedelta(hours=1))
d = pickle.loads(pickle.dumps(o, 2))
print(d.utcoffset(None), hasattr(d, 'spam'))
class P:
    __slots__ = ('a', 'b')
p = P(); p.a = 1
q = copy.copy(p); print(q.a, hasattr(q, 'b'))
class G:
    @property
    def x(self): raise AttributeError('custom message')
try:
    getattr(G(), 'x')
except AttributeError as e:
    print(e)
import types
m = types.ModuleType('m')
print(getattr(m, 'zz', 'default'))

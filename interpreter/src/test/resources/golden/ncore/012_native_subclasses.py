# Python subclasses of native types: their __eq__/__hash__/__bool__/__len__ decide, as in CPython
from _functools import partial
from _collections import deque
class P(partial):
    def __eq__(self, o): return isinstance(o, P) and self.args == o.args
    def __hash__(self): return hash(self.args)
a, b = P(max, 1), P(max, 1)
print(a == b, {a: 1}[b], len({a, b}), a != P(max, 2))
class D(deque):
    def __len__(self): return 42
    def __bool__(self): return False
d = D([1])
print(len(d), bool(d), d)
try: hash(deque())
except TypeError as e: print(e)
try: {D(): 1}
except TypeError as e: print(e)

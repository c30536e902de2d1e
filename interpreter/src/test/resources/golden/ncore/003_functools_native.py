# _functools directly (gilspy's lib/functools.py still shadows CPython's; both run over these)
import _functools
from _functools import reduce, partial, cmp_to_key, _lru_cache_wrapper
from collections import namedtuple
print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a * b, [], 7), reduce(max, 'hello'))
for bad in [lambda: reduce(lambda a, b: a, []), lambda: reduce(lambda a, b: a, 5), lambda: partial(), lambda: partial(3)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
p = partial(f, 1, c=5)
print(p(2), p(2, d=9), p(b=3), p.func is f, p.args, p.keywords)
p2 = partial(p, 7, d=3)
print(p2.func is f, p2.args, p2.keywords, p2())
print(repr(partial(max, 1, key=abs)))
class P(partial):
    pass
print(repr(P(max, 2)), type(P(max)).__name__, isinstance(P(max), partial))
r = p.__reduce__()
print(r[0] is partial, r[1][0] is f, r[2][1:])
q = partial(min)
q.__setstate__((max, (1,), {'key': abs}, {'x': 1}))
print(q(-5, 3), q.x, q.keywords)
try:
    q.__setstate__((1, 2))
except TypeError as e:
    print('TypeError', e)
p.attr = 5
print(p.attr, p.__dict__)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
k = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(k(1) < k(2), k(2) <= k(1), k(3) == k(3), k(5).obj, k(2) > k(1), k(2) >= k(3))
CacheInfo = namedtuple('CacheInfo', 'hits misses maxsize currsize')
calls = []
def sq(x):
    calls.append(x)
    return x * x
w = _lru_cache_wrapper(sq, 2, False, CacheInfo)
print([w(2), w(2), w(3), w(4), w(2)], calls, w.cache_info())
w.cache_clear()
print(w.cache_info())
t = _lru_cache_wrapper(repr, None, True, CacheInfo)
print(t(1), t(1.0), t(True), t(1), t.cache_info())
z = _lru_cache_wrapper(lambda x: x, 0, False, CacheInfo)
print(z(1), z(1), z.cache_info())
kw = _lru_cache_wrapper(lambda *a, **k: (a, sorted(k.items())), 10, False, CacheInfo)
print(kw(1, x=2), kw(1, x=2), kw(1, y=2), kw.cache_info())
class C:
    def m(self, x):
        return x + 1
    m = _lru_cache_wrapper(m, 128, False, CacheInfo)
c = C()
print(c.m(1), c.m(1), C.m.cache_info())
try:
    _lru_cache_wrapper(sq, 'x', False, CacheInfo)
except TypeError as e:
    print('TypeError', e)
w.__wrapped__ = sq
print(w.__wrapped__ is sq, type(w).__name__)
import functools
@functools.lru_cache(maxsize=3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
print(functools.reduce(lambda a, b: a - b, [10, 1, 2]), functools.partial(pow, 2)(5))

import _collections
from _collections import deque, defaultdict
d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, len(d), d.maxlen, bool(d), bool(deque()))
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.pop(), d.popleft(), d)
d.extendleft('ab'); print(d)
print(d.index(3), d.count(3), 3 in d, 9 in d, d[0], d[-1])
d[0] = 'z'; del d[1]; print(d)
d.reverse(); print(d, list(reversed(d)))
d2 = d.copy(); print(d2 == d, d2 is d, deque([1,2]) < deque([1,3]))
e = deque(range(5)); e.insert(2, 'x'); e.remove('x'); print(e)
e += [7, 8]; print(e, e * 2, e + deque([9]))
try: deque().pop()
except IndexError as ex: print('IndexError', ex)
try: e.index(99)
except ValueError as ex: print('ValueError', ex)
try:
    for x in e: e.append(1)
except RuntimeError as ex: print('RuntimeError', ex)
class D(deque):
    pass
s = D([1, 2]); s.tag = 1; print(s, type(s).__name__, s.tag, isinstance(s, deque))
print(repr(deque(maxlen=0)), deque('abc', 2))
dd = defaultdict(list)
dd['a'].append(1); dd['b']
print(dd, dd.default_factory, isinstance(dd, dict), sorted(dd.items()))
dd2 = defaultdict(None, {1: 2}); print(dd2)
try: dd2[3]
except KeyError as ex: print('KeyError', ex)
print(dd.copy(), type(dd.copy()).__name__)
c = {}
_collections._count_elements(c, 'abracadabra'); print(c)
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
import copy
print(copy.copy(deque([1,2], 3)), copy.copy(dd))
print(deque.__module__, defaultdict.__module__)

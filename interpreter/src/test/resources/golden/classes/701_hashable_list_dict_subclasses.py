# A subclass of list or dict that defines __hash__ is hashable (functools._HashedSeq, the lru_cache key),
# and as a dict key it compares with ==; without __hash__ it stays unhashable.
import functools


class HashedSeq(list):
    __slots__ = 'hashvalue'

    def __init__(self, tup):
        self[:] = tup
        self.hashvalue = hash(tup)

    def __hash__(self):
        return self.hashvalue


a = HashedSeq((1, 'x'))
b = HashedSeq((1, 'x'))
print(hash(a) == hash((1, 'x')), a == b, a is b)
d = {a: 'first'}
print(d[b], b in d, len({a, b}))


class FrozenDict(dict):
    def __hash__(self):
        return hash(frozenset(self.items()))


print(hash(FrozenDict(k=1)) == hash(frozenset({('k', 1)})))
print({FrozenDict(k=1): 1}[FrozenDict(k=1)])


class BadHash(list):
    def __hash__(self):
        return 'no'


for v in (BadHash(), type('L', (list,), {})(), type('D', (dict,), {})()):
    try:
        hash(v)
    except TypeError as e:
        print('TypeError:', e)


calls = []


@functools.lru_cache(maxsize=None)
def f(x, y=0):
    calls.append((x, y))
    return x + y


print(f(1), f(1), f(1, y=2), f(1, y=2), f(y=2, x=1), calls)
print(f.cache_info())
print(len(functools._make_key((1, 2), {"k": 3}, False)), functools._make_key((5,), {}, False) == [5])

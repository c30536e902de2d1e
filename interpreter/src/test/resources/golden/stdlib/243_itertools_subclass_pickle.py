# itertools and zip/map/filter subclasses are instances of the subclass; combinatoric iterators pickle
import copy, itertools, operator, pickle
from itertools import (chain, combinations, combinations_with_replacement, compress, cycle, dropwhile,
                       filterfalse, groupby, islice, permutations, product, repeat, starmap, takewhile, zip_longest)

def even(x):
    return x % 2 == 0

cases = [
    (repeat, (1, 2)), (zip, ([1, 2], "ab")), (filter, (None, [0, 1])), (filterfalse, (None, [0, 1])),
    (chain, ([1, 2], [3, 4])), (map, (str, [1, 2])), (starmap, (operator.pow, ((2, 3), (3, 2)))),
    (islice, ([1, 2, 3, 4], 1, 3)), (takewhile, (even, [2, 3, 4])), (dropwhile, (even, [2, 3, 4])),
    (cycle, ([1, 2],)), (compress, ("ABC", [1, 0, 1])),
]
for cls, args in cases:
    class Sub(cls):
        def label(self):
            return "sub of " + cls.__name__
    u = Sub(*args)
    u.extra = 5
    print(type(u) is Sub, isinstance(u, cls), u.label(), u.extra, list(islice(u, 0, 3)))
    try:
        Sub(*args, newarg=3)
        print("no error")
    except TypeError:
        print("TypeError")
    if cls not in (repeat, zip, compress):
        class WithInit(cls):
            def __init__(self, *a, newarg=None):
                self.newarg = newarg
        w = WithInit(*args, newarg=7)
        print(type(w) is WithInit, w.newarg, list(islice(w, 0, 3)))
    class WithNew(cls):
        def __new__(klass, *a, newarg=None):
            self = super().__new__(klass, *a)
            self.newarg = newarg
            return self
    n = WithNew(*args, newarg=9)
    print(type(n) is WithNew, n.newarg, list(islice(n, 0, 3)))

class Chained(chain):
    pass
c = Chained.from_iterable([[1], [2, 3]])
print(type(c).__name__, list(c))

def roundtrip(it, take):
    first = [next(it) for _ in range(take)]
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        copied = pickle.loads(pickle.dumps(it, proto))
        print(proto, first, list(copied))
    print("copy", list(copy.deepcopy(it)), "rest", list(it))

for make, take in [(lambda: product("ab", range(3)), 0), (lambda: product("ab", range(3)), 2),
                   (lambda: product("ab", repeat=2), 4), (lambda: product("ab", []), 0),
                   (lambda: combinations("abcd", 2), 0), (lambda: combinations("abcd", 2), 3),
                   (lambda: combinations("abc", 5), 0), (lambda: combinations_with_replacement("abc", 2), 4),
                   (lambda: permutations("abc"), 0), (lambda: permutations("abcd", 2), 5),
                   (lambda: zip_longest("abc", [1], fillvalue="-"), 2), (lambda: zip_longest("ab", "xyz"), 0)]:
    roundtrip(make(), take)

p = product((1, 2), (3,))
p.__setstate__((0, 0x1000))
print(next(p))
p = product((1, 2), (), (3,))
p.__setstate__((0, 0, 0x1000))
print(list(p))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    g = groupby("aaabbcdd")
    key, grp = next(g)
    print(proto, key, next(grp))
    g2 = pickle.loads(pickle.dumps(g, proto))
    print([(k, list(v)) for k, v in g2], [(k, list(v)) for k, v in g])
def odd(x):
    return x % 2

g = groupby([1, 3, 2, 4, 5], key=odd)
print([(k, list(v)) for k, v in pickle.loads(pickle.dumps(g))])

# count, repeat and cycle pickle and copy as in CPython 3.11 (__reduce__, cycle.__setstate__), mid-iteration
import copy, itertools, pickle
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for it in (itertools.count(5), itertools.count(2, 3), itertools.count(1.5, 0.25), itertools.repeat('x', 3), itertools.repeat(7)):
        next(it)
        c = pickle.loads(pickle.dumps(it, proto))
        print(proto, type(c).__name__, repr(c), [next(c) for _ in range(2)], repr(it))
    for n in (0, 1, 3, 5):
        cy = itertools.cycle('abc')
        for _ in range(n):
            next(cy)
        c = pickle.loads(pickle.dumps(cy, proto))
        print(proto, n, ''.join(next(c) for _ in range(7)), ''.join(next(cy) for _ in range(7)))
print(itertools.count(3).__reduce__(), itertools.repeat(1, 2).__reduce__())
c = copy.copy(itertools.count(9)); print(next(c))
d = copy.deepcopy(itertools.cycle([1, 2])); print([next(d) for _ in range(3)])

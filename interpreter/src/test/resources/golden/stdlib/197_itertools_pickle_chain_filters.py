# chain, compress, dropwhile, takewhile, filterfalse and starmap pickle and copy mid-iteration (CPython 3.11's __reduce__/__setstate__)
import copy, itertools as it, pickle, operator
def under5(x): return x < 5
def odd(x): return x % 2
def mk():
    return [it.chain('abc', 'de'), it.chain.from_iterable(['ab', [1, 2]]), it.compress('ABCDEF', [1, 0, 1, 0, 1, 1]),
            it.dropwhile(under5, [1, 4, 6, 4, 1]), it.takewhile(under5, [1, 4, 6, 4, 1]),
            it.filterfalse(odd, [1, 2, 3, 4, 5, 6]), it.filterfalse(None, [0, 1, '', 'a']), it.starmap(pow, [(2, 5), (3, 2), (10, 3)])]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for n in range(4):
        for x in mk():
            for _ in range(n):
                next(x, None)
            c = pickle.loads(pickle.dumps(x, proto))
            print(proto, n, type(c).__name__, list(c), list(x))
for x in mk():
    print(type(x).__name__, list(copy.copy(x)), list(copy.deepcopy(x)))

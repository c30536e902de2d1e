# zip, map and filter pickle and copy mid-iteration (CPython's (type, iterators) reduce); map and filter check their argument counts; cycle.__setstate__ checks its state
import copy, itertools as it, pickle, operator
def mk():
    return [zip('abc', range(5)), zip(), map(operator.neg, [1, 2, 3]), map(pow, [2, 3], [5, 2, 9]), filter(None, [0, 1, '', 'x', 2]),
            filter(operator.not_, range(6)), it.starmap(pow, zip(range(3), range(1, 7)))]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for n in range(3):
        for x in mk():
            for _ in range(n):
                next(x, None)
            c = pickle.loads(pickle.dumps(x, proto))
            print(proto, n, type(c).__name__, list(c), list(x))
for x in mk():
    print(type(x).__name__, list(copy.copy(x)), list(copy.deepcopy(x)))
for call in (lambda: map(operator.neg), lambda: map(), lambda: filter(None, [1], 7), lambda: filter(None),
             lambda: it.cycle('defg').__setstate__((list('abcdefg'), 'x')), lambda: it.cycle('x').__setstate__([1])):
    try:
        call()
    except TypeError as e:
        print('TypeError', 'zip' if 'zip' in str(e) else e)

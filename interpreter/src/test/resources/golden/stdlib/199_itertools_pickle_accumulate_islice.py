# accumulate (initial value pending, a None total) and islice pickle and copy mid-iteration, as CPython 3.11 reduces them
import copy, itertools as it, pickle, operator
def second(a, b): return b
def mk():
    return [it.accumulate([1, 2, 3, 4]), it.accumulate([1, 2, 3], operator.mul), it.accumulate([1, 2, 3], initial=10),
            it.accumulate([None, None, 3], second), it.accumulate([]),
            it.islice('ABCDEFG', 2), it.islice('ABCDEFG', 2, 5), it.islice(range(20), 1, None, 3), it.islice('AB', 0, 10, 2)]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for n in range(5):
        for x in mk():
            for _ in range(n):
                next(x, None)
            c = pickle.loads(pickle.dumps(x, proto))
            print(proto, n, type(c).__name__, list(c), list(x))
for x in mk():
    print(type(x).__name__, list(copy.copy(x)), list(copy.deepcopy(x)))

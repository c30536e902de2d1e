# range iterators pickle and copy mid-iteration (and take __setstate__); operator.length_hint treats a TypeError from __length_hint__ as no hint, as PyObject_LengthHint does
import pickle, operator, itertools, copy
for r in (range(5), range(10, 0, -3), range(0), range(2, 3)):
    for n in range(3):
        it = iter(r)
        for _ in range(n):
            next(it, None)
        for proto in (0, 2, 4):
            c = pickle.loads(pickle.dumps(it, proto))
            print(r, n, proto, list(c))
        print(list(copy.copy(it)), list(it))
it = iter(range(10)); it.__setstate__(3); print(list(it))
it = iter(range(10, 0, -2)); it.__setstate__(99); print(list(it))
print(operator.length_hint(itertools.repeat(None), 12), operator.length_hint(itertools.repeat(None, 3), 12))
class Bad:
    def __length_hint__(self): raise TypeError('no')
class Worse:
    def __length_hint__(self): raise ValueError('no')
print(operator.length_hint(Bad(), 7))
try:
    operator.length_hint(Worse(), 7)
except ValueError as e:
    print('ValueError', e)
c = itertools.filterfalse(lambda x: x % 3, range(10)); next(c)
print(list(pickle.loads(pickle.dumps(itertools.filterfalse(None, range(-3, 3))))))

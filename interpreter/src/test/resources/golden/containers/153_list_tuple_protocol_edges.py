# list/tuple details CPython's own tests check: identity before equality when searching,
# list.__init__() clears, tuple.index with start/stop, keyword arguments refused, index types.
n = float("nan")
print(n in [n], n in (n,), [n].count(n), (n, 1).count(n), [1, n].index(n), (1, n).index(n))
lst = [n]
lst.remove(n)
print(lst)

a = [1, 2, 3]
a.__init__()
print(a)
a.__init__("ab")
print(a)

t = (0, 1, 0, 1, 0)
print(t.index(0, 1), t.index(0, 3), t.index(1, -4, -1))
try:
    t.index(1, 4)
except ValueError as e:
    print("ValueError:", e)

class T(tuple):
    pass

for ctor in (tuple, T, list):
    try:
        ctor(sequence=())
    except TypeError as e:
        print("TypeError:", e)

class WithInit(tuple):
    def __new__(cls, x, flag=False):
        return super().__new__(cls, x)
print(WithInit([1, 2], flag=True))

for key in ("a", 1.5, None):
    try:
        [1, 2][key] = 0
    except TypeError as e:
        print("TypeError:", e)

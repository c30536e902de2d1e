# frozenset's hash spreads subsets apart (CPython's frozenset_hash, so hash() agrees with CPython),
# a set changed in size while iterated raises RuntimeError, set()/frozenset() check their arguments,
# frozenset(f) and f.copy() are f, a set subclass may define __hash__, cyclic reprs
subsets = [frozenset(i for i in range(13) if m >> i & 1) for m in range(2 ** 13)]
print(len({hash(s) for s in subsets}), len(set(subsets)))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({frozenset({1}), (2, 3)})))
print(hash(frozenset({1.0, 2})) == hash(frozenset({1, 2.0})), hash(int | str) == hash(frozenset({int, str})))

s = {1, 2, 3}
try:
    for i in s:
        s.add(4 + i)
except RuntimeError as e:
    print("RuntimeError:", e)
it = iter({1})
print(next(it), next(it, "done"))

for call in (lambda: set([], 2), lambda: frozenset([], 2), lambda: set(a=1), lambda: frozenset(a=1),
             lambda: set().__init__(a=1), lambda: set().__init__([1], 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

f = frozenset("abc")
print(frozenset(f) is f, f.copy() is f, set(f) is f)


class FS(frozenset):
    pass


g = FS("ab")
print(frozenset(g) is g, type(frozenset(g)).__name__, type(g.copy()).__name__)
try:
    FS(sequence=())
except TypeError as e:
    print("TypeError:", e)


class FSInit(frozenset):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg


print(sorted(FSInit([1, 2], newarg=3)), FSInit([1], newarg=3).newarg)


class H(set):
    def __hash__(self):
        return 12345


h = H([1])
print(hash(h), h in {h}, {h: 1}[h])
print({1.0}.copy(), {1.0}.union([2]), frozenset({True}).copy(), {1.0} - {5})


class W:
    def __repr__(self):
        return repr(self.value)


for kind in (set, frozenset, FS):
    w = W()
    c = kind([w])
    w.value = c
    print(repr(c))


# frozensets nested 20 deep (the set-theoretic naturals): each hash is computed once and kept
def zf_range(n):
    nums = [frozenset()]
    for i in range(n - 1):
        nums.append(frozenset(nums))
    return nums[:n]


import itertools

nums = zf_range(20)
print(hash(nums[-1]), len({hash(frozenset(c)) & 0xFFFF for i in range(4) for c in itertools.combinations(nums, i)}))

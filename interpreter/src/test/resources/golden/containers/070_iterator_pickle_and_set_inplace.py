import pickle
for proto in range(6):
    for seq in ([4,5,6,7], (4,5,6,7), "ab\U0001F680c", b"xyz"):
        it = iter(seq); next(it)
        print(proto, type(seq).__name__, list(pickle.loads(pickle.dumps(it, proto))), it.__length_hint__())
    d = {1: "a", 2: "b", 3: "c"}
    for it in (iter(d), iter(d.values()), iter(d.items()), reversed(d), reversed(d.items()), iter({5, 6})):
        next(it)
        print(sorted(map(str, pickle.loads(pickle.dumps(it, proto)))))
    r = reversed([1, 2, 3]); next(r)
    r2 = pickle.loads(pickle.dumps(r, proto))
    print(list(r2), r.__length_hint__())
s = {frozenset([1])}
print(set([1]) in s, s.discard(set([1])), s)
a = {1, 2, 3}; a &= {2, 3, 4}; print(sorted(a)); a -= {3}; print(a); a ^= {2, 9}; print(a)
a = {1, 2, 3}; a.symmetric_difference_update(a); print(a)
b = {True, 2}; b ^= {1.0, 5.5}; print(sorted(b))
# An __eq__ that empties the sets while an in-place operation compares keys (bpo-46615):
# RuntimeError or a result, never a crash.
import random
random.seed(7)
class Bad:
    def __eq__(self, other):
        if enabled and random.randrange(4) == 0:
            s1.clear()
        return bool(random.randrange(2))
    def __hash__(self):
        return random.randrange(2)
outcomes = set()
for _ in range(40):
    enabled = False
    s1 = set(Bad() for _ in range(30))
    s2 = set(Bad() for _ in range(30))
    enabled = True
    def iand(a, b): a &= b
    def isub(a, b): a -= b
    def ixor(a, b): a ^= b
    for op in (iand, isub, ixor, set.intersection_update, set.difference_update, set.symmetric_difference_update):
        try:
            op(s1, s2)
            outcomes.add("ok")
        except RuntimeError as e:
            outcomes.add(str(e))
print(outcomes <= {"ok", "set changed size during iteration"})

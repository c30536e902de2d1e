# id() as pickle's and copy's memos use it: one answer per live object however often it is asked,
# different answers for different live objects (equal or not), the same answer after collections,
# and getattr's default for a missing name or a property raising AttributeError.
import gc

strs = ["s%d" % i for i in range(3000)]
ints = [i * 1000 + 7 for i in range(3000)]
floats = [i * 0.25 for i in range(3000)]
objs = [[i] for i in range(3000)]
every = strs + ints + floats + objs
first = [id(o) for o in every]
print("distinct ids:", len(set(first)) == len(every))
print("stable on a second ask:", [id(o) for o in every] == first)
junk = [[j] * 3 for j in range(50000)]
del junk
gc.collect()
print("stable after a collection:", [id(o) for o in every] == first)

# equal values that are not the same object have different ids; the same object, one id
a = int("123456789")
b = int("123456789")
print(a == b, a is b, id(a) == id(b))
s1 = "".join(["ab", "cd"])
s2 = "".join(["a", "bcd"])
print(s1 == s2, s1 is s2, id(s1) == id(s2))
f1 = float("2.5")
f2 = float("2.5")
print(f1 == f2, f1 is f2, id(f1) == id(f2))
c = a
print(c is a, id(c) == id(a), type(id(a)).__name__)

# a memo keyed by id(), as pickle's is: each object once, its equal twin separately
memo = {}
for o in [a, b, a, s1, s2, s1, f1, f2, f1]:
    if id(o) not in memo:
        memo[id(o)] = o
print("memo entries:", len(memo))

# an id outlives nothing: a dead object's id may be reused, a live one's never is
live = [object() for _ in range(2000)]
ids = {id(o) for o in live}
for _ in range(3):
    tmp = [object() for _ in range(2000)]
    print("new objects clash with live ones:", any(id(o) in ids for o in tmp))
    del tmp
    gc.collect()


class P:
    x = 1

    @property
    def broken(self):
        raise AttributeError("broken inside")

    @property
    def other(self):
        raise KeyError("not an AttributeError")


p = P()
print(getattr(p, "x", None), getattr(p, "missing", "dflt"), getattr(p, "broken", "dflt2"))
try:
    getattr(p, "broken")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, "other", None)
except KeyError as e:
    print("KeyError:", e)
print(getattr(1, "real", None), getattr("s", "nope", 0), getattr(None, "__class__", 0).__name__)

# A set finds a str or int subclass item that has its own __eq__ and __hash__ by the plain value,
# as a dict finds such a key (CPython's generic lookup: hash first, then __eq__).
class S(str):
    def __eq__(self, other):
        return str(self) == other
    def __hash__(self):
        return hash(str(self))

class I(int):
    def __eq__(self, other):
        return int(self) == other
    def __hash__(self):
        return hash(int(self))

s = {S("a"), I(5), "plain", 7}
print("a" in s, 5 in s, 5.0 in s, "b" in s, 6 in s, "plain" in s, 7 in s)
fs = frozenset([S("x"), I(2**70)])
print("x" in fs, 2**70 in fs, "y" in fs)
print("a" in {S("a"): 1}, 5 in {I(5): 1})

t = {S("a"), I(5), "k"}
t.discard("a")
t.remove(5)
print(sorted(map(str, t)))
try:
    t.remove(5)
except KeyError as e:
    print("KeyError", e)

u = set()
for i in range(50):
    u.add(I(i) if i % 2 else i)
print(sum(1 for i in range(60) if i in u), len(u))
u |= {S("z")}
print("z" in u, 3 in u)

# A dict keyed by an int subclass with its own __eq__/__hash__ is found by the plain int (and a
# float) that the subclass says it equals, and the other way round; d[k] = v, del, `in`, get, pop
# and setdefault all take the subclass's word for it.
class Mod10(int):
    def __eq__(self, other):
        return int(self) % 10 == int(other) % 10
    def __hash__(self):
        return int(self) % 10
    def __repr__(self):
        return "Mod10(%d)" % int(self)

d = {Mod10(13): "a"}
print(d.get(3), d.get(13), 3 in d, 4 in d, Mod10(23) in d, 3.0 in d)
d[3] = "b"            # replaces the value, keeps the subclass key
print(d, len(d))
print(d.setdefault(53, "c"), d.pop(3), d)

plain = {3: "x"}
print(plain.get(Mod10(13)), Mod10(3) in plain, Mod10(13) in plain, plain[Mod10(43)])

class Always(int):
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 5

print({5: 1}.get(Always(7)), {Always(7): 1}.get(5), {Always(7): 1}.get(6))
big = 2 ** 70
class Big(int):
    def __eq__(self, other):
        return int(other) == big
    def __hash__(self):
        return hash(big)
print({Big(1): "big"}.get(big), big in {Big(1): "big"})
d = {Mod10(1): 1}
del d[1]
print(d)

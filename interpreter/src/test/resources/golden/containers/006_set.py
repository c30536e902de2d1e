s = {3, 1, 2}
s.add(4)
s.discard(10)
s.remove(1)
print(sorted(s), len(s), 2 in s, 9 not in s)
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b)), sorted(a.difference(b)), a.issubset({1, 2, 3, 4}), a.isdisjoint({7}))
print(set(), set("hello") == set("ohel"), sorted(set([3, 3, 1])), frozenset([1]) == {1})
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(s.pop() in {2, 3, 4}, {1, 2} <= {1, 2, 3}, {1} < {1}, {5} == {5})

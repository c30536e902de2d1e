for i, ch in enumerate("ab"):
    print(i, ch)
print(list(enumerate(["x", "y"], start=1)), list(enumerate([])))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
names, ages = zip(*[("a", 1), ("b", 2)])
print(names, ages)
print(dict(zip(["k1", "k2"], [10, 20])))

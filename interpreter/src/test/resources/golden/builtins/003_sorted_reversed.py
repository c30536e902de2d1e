data = [5, 2, 9, 1, 5]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("Banana"), sorted(["b", "A", "c"], key=str.lower), sorted({3: 0, 1: 0}))
print(list(reversed(data)), list(reversed("abc")), list(reversed(range(4))), tuple(reversed((1, 2))))
people = [("ann", 30), ("bob", 25), ("cy", 30)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted([3, 1, 2], key=lambda x: -x), sorted([]), sorted([[2, 1], [1, 2]]))

print([1, 2] == [1, 2], [1, 2] is [1, 2], [1, [2]] == [1, [2]], [1, 2] < [1, 3], [] < [0])
a = [1, 2]
b = a
b.append(3)
print(a, a is b, 3 in a, [3] in [[3]], "x" in ["x"], None in [0])
print(list("hi") + list((1,)), list(range(2, -3, -1)), [1, 2, 3].index(3))
print(len([[]]), [[]] == [[]], bool([[]]))
print([1, 2, 3] * 0, [None] * 2, sorted([3, 1, 2], reverse=True))

print(len("abc"), len([1, 2]), len({}), len(range(10)), len((1,)), len({1, 2}), len(b"ab"))
print(list(range(5)), list(range(2, 8, 2)), list(range(5, 0, -2)), range(10)[2], range(10)[-1], range(0, 10, 3)[1:])
print(sum([1, 2, 3]), sum([], 10), sum([0.5, 0.25]), sum(range(101)), sum([[1], [2]], []))
print(min(3, 1, 2), max([4, 9, 2]), min("bca"), max("a", "b", key=str.upper), min([], default="empty"))
print(max([1, -5, 3], key=abs), min([(2, "b"), (1, "z")]), max(range(7)))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)

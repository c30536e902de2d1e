xs = [5, 3, 5, 1]
print(xs.count(5), xs.index(5), xs.index(5, 1), sorted(xs) == xs, min(xs), max(xs))
xs.sort(key=lambda v: -v)
print(xs)
ys = xs + [7] * 2
ys.remove(5)
print(ys, ys[::-1], ys[1:-1])
try:
    ys.remove(99)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
print([[1, 2], [3]] + [[4]], list(map(list, ["ab"])))

from functools import reduce
import functools
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 11), 1))
print(reduce(max, [3, 9, 2]), reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
print(functools.reduce(lambda s, c: c + s, "abc", ""))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
print(reduce(lambda a, b: a, [], "init"))

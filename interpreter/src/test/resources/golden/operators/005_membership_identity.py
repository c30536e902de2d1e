print(3 in [1, 2, 3], 4 not in (1, 2), "ab" in "cabd", "k" in {"k": 1}, 1 in {1: 0}, 2 in {2})
a = [1]
b = a
c = [1]
print(a is b, a is c, a is not c, a == c, None is None)
print(type(a) is list, type(3) is int, isinstance(True, int))
class Box:
    def __contains__(self, item):
        return item == "magic"
print("magic" in Box(), "other" in Box(), "x" not in Box())
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))

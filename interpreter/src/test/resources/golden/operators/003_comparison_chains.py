x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, x == 5 != 6, 1 < 2 < 3 < 2)
print(1 == 1.0, "a" < "b" < "c", [1] == [1] != [2], None is None is not False)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(5), calls)
print(3 <= 3, 3 >= 4, "abc" <= "abd", (1, 2) != (1, 2))
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
print(1 != "a", 1 == "1")

print(int(3.9), int(-3.9), float(7), int("1_000"), int(True))
print(10 // 3, 10.0 // 3, -10 // 3, 10 % -3, -10 % 3, 7.5 % 2)
print(2 ** -2, 2 ** 0.5 > 1.41, (-8) ** 2, 10 / 4, 10 / 5)
print(round(3.14159, 3), round(1234, -2), round(-0.5), round(7.0))
print(abs(-2.5), float("1e3"), int(float("1e3")), 1e3 == 1000)
print(max(1, 2.5), min(-1, -1.5), sum([0.1] * 10))
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    float("x1")
except ValueError as e:
    print(e)

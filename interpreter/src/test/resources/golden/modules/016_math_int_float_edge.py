import math
print(math.floor(10 ** 20 + 0.5) == 10 ** 20, math.ceil(-0.5), int(math.floor(2.0)), type(math.floor(2.5)).__name__)
print(float(2 ** 53) == 2 ** 53, 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 16 / 3)
print(1e308 * 10, -1e308 * 10, math.inf - math.inf != math.inf - math.inf)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(round(1e20), int(1e20), 7 // 2.0, 0.1 * 3, 1 - 0.9)

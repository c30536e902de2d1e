for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3)]:
    print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, divmod(a, b))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2)
print(+5, -(-5), 10 - -2, 3 * "ab", [0] * 2)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

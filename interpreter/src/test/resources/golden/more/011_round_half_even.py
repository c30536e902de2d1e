vals = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e16 + 1, 2.5e-5]
print([round(v) for v in vals[:5]])
print([round(v, 2) for v in vals], round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(7), round(7.0), type(round(7.5)).__name__, type(round(7.5, 0)).__name__, round(-0.4))
print(round(2 ** 70 + 0.0, -3), round(123456789, -4), round(5.5), round(6.5))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {2.675:.2f} {-0.5:.0f}")
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
print(round(float("nan"), 2))

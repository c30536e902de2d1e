# math functions beyond java.lang.Math: erf, erfc, the inverse hyperbolics, cbrt, exp2, nextafter, ulp, remainder
import math

for x in [0.0, 1e-10, 0.1, 0.5, 1.0, 1.4, 1.5, 2.0, 3.0, 5.5, 10.0, 27.0, 40.0, -0.3, -2.5]:
    print(x, round(math.erf(x), 13), round(math.erfc(x), 13), abs(math.erf(x) - math.erf(x) if x else 0) == 0)
print(math.erfc(30.0) == 0.0, math.erfc(-40.0), math.erf(math.inf), math.erf(-math.inf), math.isnan(math.erf(math.nan)))
print(round(math.erfc(6.0) / 2.1519736712498913e-17, 9))
for x in [0.0, 0.5, 1.0, 10.0, 1e10, 1e300, -3.0]:
    print(x, round(math.asinh(x), 12), round(math.atanh(x / (abs(x) + 1) if abs(x) < 1e9 else 0.99), 12))
for x in [1.0, 1.5, 2.0, 3.0, 1e10, 1e300, math.inf]:
    print(x, round(math.acosh(x), 12))
for f, arg in [(math.acosh, 0.5), (math.atanh, 1.0), (math.atanh, -2.0)]:
    try:
        f(arg)
    except ValueError as e:
        print(f.__name__, e)
print(math.cbrt(8.0), math.cbrt(-8.0), math.exp2(10), math.exp2(-1), math.exp2(0.5))
try:
    math.exp2(5000)
except OverflowError as e:
    print("exp2", e)
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(1.0, 1.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-1e300), math.ulp(math.inf), math.ulp(2.0 ** 52))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-7.5, 2), math.remainder(5, math.inf), math.remainder(2.5, 1))
for args in [(math.inf, 1), (1, 0)]:
    try:
        math.remainder(*args)
    except ValueError as e:
        print("remainder", e)

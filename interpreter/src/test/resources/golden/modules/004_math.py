import math
print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.pi, math.e)
print(math.gcd(12, 18), math.factorial(10), math.isqrt(17), math.log(math.e), math.log2(8), math.log10(1000), math.log(8, 2))
print(math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 6), math.atan2(1, 1) * 4 == math.pi, math.hypot(3, 4))
print(math.fabs(-2), math.pow(2, 10), math.exp(0), math.trunc(-3.7), math.isinf(math.inf), math.isnan(math.nan))
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), math.floor(7 / 2), math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.degrees(math.pi), math.radians(180), math.copysign(3, -0.0), math.inf > 10 ** 100)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)

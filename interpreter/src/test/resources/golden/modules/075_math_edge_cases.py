import math
class C:
    def __floor__(self): return 42
    def __ceil__(self): return 43
    def __trunc__(self): return 23
class I:
    def __index__(self): return 12
print(math.floor(C()), math.ceil(C()), math.trunc(C()), math.floor(-2.5), math.ceil(True), math.trunc(-3.9))
print(math.gcd(I(), 18), math.lcm(120, 0, 84), math.isqrt(I()), math.factorial(I()), math.comb(10, 3), math.perm(5, None), math.perm(5, 2), math.comb(3, 5))
print(math.modf(math.inf), math.modf(-math.inf), math.modf(-2.5), math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(-1, math.inf))
print(math.fmod(1.0, math.inf), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([0.1] * 10), math.fsum([]))
print(math.log2(2 ** 1023), math.log2(2.0 ** -1070), math.log2(8), math.log(8, 2), math.log10(1000))
print(math.isclose(math.inf, -math.inf), math.isclose(math.inf, math.inf), math.isclose(1.0, 1.0 + 1e-10))
print(math.hypot(572330659.1077356, 1180450261.5893514), math.hypot(3, 4, 12), math.dist(iter([1.0, 2.0, 3.0]), iter([4.0, 2.0, -1.0])), math.hypot())
print(math.prod([2, 3], start="ab"), math.prod(range(1, 6)))
for f, args in ((math.fmod, (1.0, 0.0)), (math.fmod, (math.inf, 1.0)), (math.factorial, (-10 ** 100,)), (math.factorial, (2.0,)),
                (math.log1p, (-1.0,)), (math.pow, (0.0, -1.0)), (math.pow, (-2.0, 0.5)), (math.pow, (10.0, 400.0)),
                (math.atan2, (1.0,)), (math.log, (1, 2, 3)), (math.comb, (10, 1, 3)), (math.lcm, (120, 0, 84.0)),
                (math.prod, ([10, 20], 1)), (math.dist, ([1, 2], [3, 4, 5])), (math.isclose, (1, 1)), (math.fsum, ([math.inf, -math.inf],)),
                (math.fsum, ([1e308, 1e308],)), (math.comb, (-1, 2)), (math.perm, (3, -1))):
    try:
        print(f.__name__, f(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
try: math.isclose(1, 1, rel_tol=-1.0)
except ValueError as e: print(e)

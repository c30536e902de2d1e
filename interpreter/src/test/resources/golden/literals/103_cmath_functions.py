import cmath
vals = [1+2j, -3+0.5j, 0.25-4j, 2, -1, 1j, -2.5, 0.9+0.1j, 1e-10+1e-10j, 1e200+1e200j]
for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
             "asinh", "acosh", "atanh"]:
    f = getattr(cmath, name)
    out = []
    for v in vals:
        try:
            r = f(v)
            out.append(repr(complex(round(r.real, 12), round(r.imag, 12))))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, out)
print(cmath.phase(-1), cmath.phase(1j), cmath.polar(3+4j), cmath.rect(2, 0), abs(cmath.rect(1, cmath.pi/2) - 1j) < 1e-15)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isfinite(1+1j), cmath.isinf(complex(1, float("inf"))), cmath.isnan(cmath.nanj), cmath.isclose(1+1j, 1+1.0000000001j))
print(cmath.log(8, 2), cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(0), cmath.sqrt(-0.0), cmath.log(1))
for bad in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.exp(1000), lambda: cmath.sqrt("x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

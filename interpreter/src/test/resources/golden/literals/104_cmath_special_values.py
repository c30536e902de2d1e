import cmath
inf, nan = float("inf"), float("nan")
vals = [complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(0, -inf), complex(inf, inf), complex(-inf, inf), complex(nan, 0), complex(0, nan), complex(inf, 1), complex(-inf, 1), complex(1, inf), complex(nan, nan), complex(-0.0, 0.0), complex(0.0, -0.0)]
for name in ["sqrt", "exp", "log", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "log10"]:
    f = getattr(cmath, name)
    row = []
    for v in vals:
        try:
            row.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(name, " ".join(row))

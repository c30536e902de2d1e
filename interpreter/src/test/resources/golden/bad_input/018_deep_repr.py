# repr/str of deeply nested containers: each level counts against the recursion limit, so a
# 100k-deep list is refused at once with CPython's RecursionError message instead of recursing.
import time
def nest(n, wrap):
    x = wrap(None)
    for i in range(n):
        x = wrap(x)
    return x
for kind, wrap in [("list", lambda x: [x]), ("tuple", lambda x: (x,)), ("dict", lambda x: {1: x})]:
    print(kind, len(repr(nest(500, wrap))))
    for n in (5000, 100000):
        t0 = time.perf_counter()
        for f in (repr, str):
            try:
                f(nest(n, wrap))
                print(kind, n, f.__name__, "ok")
            except RecursionError as e:
                print(kind, n, f.__name__, "RecursionError", e)
        print("prompt", time.perf_counter() - t0 < 10)
l = []
l.append(l)
print(repr(l), repr({1: [l]}))
# 40k nested calls: RecursionError at the limit, promptly
def f(n):
    return f(n - 1) + 1 if n else 0
t0 = time.perf_counter()
try:
    f(40000)
except RecursionError as e:
    print("calls RecursionError", e)
print("prompt", time.perf_counter() - t0 < 10)

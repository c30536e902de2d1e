# Nested lambdas past CPython's parser stack are a MemoryError (with no message), not a crash.
for n in (1000, 2983, 2984, 100000):
    try:
        exec("f = " + "lambda: " * n + "1", {})
        print(n, "ok")
    except MemoryError as e:
        print(n, type(e).__name__, e.args)
g = eval("lambda: " * 3 + "7")
print(g()()(), g.__qualname__, g().__qualname__)

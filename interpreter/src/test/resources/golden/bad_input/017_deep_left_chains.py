# Left-nested chains are parsed by loops but nest as deep as they are long: CPython's compiler
# refuses them from about 3000 levels ("maximum recursion depth exceeded during compilation").
# (The exact edge depends on how deep the interpreter already is, so the program stays away from it.)
forms = [("add", lambda n: "x = 1" + "+1" * n),
         ("mul", lambda n: "x = 1" + "*1" * n),
         ("bitor", lambda n: "x = 1" + "|1" * n),
         ("attr", lambda n: "x = a" + ".y" * n),
         ("call", lambda n: "x = a" + "()" * n),
         ("subscript", lambda n: "x = a" + "[0]" * n),
         ("method", lambda n: "x = a" + ".y()" * (n // 2)),
         ("mixed", lambda n: "x = a" + ".y()[0]" * (n // 3))]
for name, make in forms:
    for n in (2000, 4000, 100000):
        try:
            exec("def f():\n    " + make(n), {})
            print(name, n, "ok")
        except (RecursionError, MemoryError) as e:
            print(name, n, type(e).__name__, e.args)
# a chain that compiles also runs
print(eval("1" + "+1" * 2000), eval("s" + ".upper()" * 1000, {"s": "a"}))
# comparisons and boolean operators are flat: no limit
print(eval("1" + " < 2" * 10000), eval("0" + " or 0" * 10000 + " or 7"))

# Long chains of not, unary minus and conditional expressions: CPython compiles 2992 levels,
# gives RecursionError from 2993 and MemoryError (its parser stack) from 5968. (The exact edge
# depends on how deep the interpreter already is, so the program stays away from it.)
for name, make in [("not", lambda n: "x = " + "not " * n + "x"),
                   ("neg", lambda n: "x = " + "-" * n + "x"),
                   ("ifelse", lambda n: "x = " + "a if b else " * n + "a")]:
    for n in (2000, 4000, 7000, 100000):
        try:
            exec(make(n), {"x": 1, "a": 1, "b": 1})
            print(name, n, "ok")
        except (RecursionError, MemoryError) as e:
            print(name, n, type(e).__name__, e.args)

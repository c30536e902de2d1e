# generator.throw()'s argument checks, in _gen_throw's order: a third argument that is not a traceback,
# then something not raisable (a class that is not an exception: the generator is left running), then
# an instance with a separate value; throw(*sys.exc_info()) delivers the exception with its traceback
# (test_generators' coroutine doctest). And `x = yield = y` is CPython's own syntax error.
import sys

def f():
    while True:
        try:
            print((yield))
        except ValueError as v:
            print("caught ValueError (%s)" % (v,))

g = f()
next(g)
for args in [(ValueError, "foo", 23), (list,), (ValueError(1), 2), (3,), (ValueError, "bar", None)]:
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    raise ValueError("with tb")
except ValueError:
    g.throw(*sys.exc_info())
g.send(1)
print(g.gi_running, g.gi_frame is not None)
g.close()
print(g.gi_frame)
for src in ["def f(): x = yield = y", "def f(): x = yield from z = y", "def f():\n    a = b = (yield) = 1\n"]:
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)

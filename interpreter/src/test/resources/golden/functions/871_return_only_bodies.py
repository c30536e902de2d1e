# Functions whose whole body is one return statement (fib's shape): values, the line a traceback
# names, recursion depth, defaults, keywords, *args, closures, lambdas, methods, properties, and a
# generator whose only statement is `return (yield x)`. (The failing line is one line: CPython names
# the line of the failing part of a statement spread over lines, gilspy the statement's first.)
import sys, traceback


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def bare():
    return


def divide(a, b=1, *rest, scale=1, **kw):
    return a // b * scale + len(rest) + len(kw)


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


def fails(x):
    return x + undefined_name


def outer(k):
    def inner(v):
        return v * k
    return inner


class P:
    def __init__(self, x):
        self.x = x

    def double(self):
        return self.x * 2

    @property
    def half(self):
        return self.x / 2


def gen(x):
    return (yield x)


print(fib(20), [fib(i) for i in range(10)])
print(bare(), divide(7), divide(7, 2), divide(7, 2, 9, 9, scale=3, extra=1))
print(outer(3)(4), (lambda a, b=2: a * b)(5), P(5).double(), P(5).half)
print(deep(200))
try:
    fails(1)
except NameError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print(type(e).__name__, e, [(t.name, t.lineno) for t in tb])
old = sys.getrecursionlimit()
sys.setrecursionlimit(120)
try:
    deep(500)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(old)
print(deep(100))
g = gen(1)
print(next(g))
try:
    g.send(42)
except StopIteration as e:
    print("StopIteration", e.value)
print(fib.__code__.co_firstlineno, fails.__code__.co_firstlineno)

fails(2)

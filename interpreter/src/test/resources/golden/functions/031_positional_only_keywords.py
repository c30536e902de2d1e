# Positional-only parameters (before '/'): a keyword of the same name goes to **kwargs, or is an
# error without one; co_posonlyargcount counts them. functools.partialmethod relies on it.
import functools


def f(a, b=2, /, c=3, *args, **kw):
    return a, b, c, args, kw


print(f(1, a=5, b=6, c=7))
print(f(1, 2, 3, 4, self=0))


def g(a, /, b):
    return a, b


for call in [lambda: g(a=1, b=2), lambda: g(1, 2, b=3), lambda: g()]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(g(1, b=2), f.__code__.co_posonlyargcount, g.__code__.co_posonlyargcount, (lambda x: x).__code__.co_posonlyargcount)


def capture(*args, **kwargs):
    return args, kwargs


class A:
    m = functools.partialmethod(capture, self=1, func=2)


print(A().m()[1], len(A().m()[0]))

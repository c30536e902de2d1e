# A function's __dict__ is live (functools.update_wrapper writes into it); __module__, __doc__ and
# __annotations__ are not in it; setting and deleting them and __dict__ itself.
import functools
def f(a: int) -> str:
    "doc"
f.attr = 1
d = f.__dict__
d['x'] = 2
print(f.x, sorted(f.__dict__), f.__dict__ is f.__dict__, f.__annotations__)
def g(): pass
functools.update_wrapper(g, f)
print(g.attr, g.x, g.__wrapped__ is f, g.__doc__, g.__annotations__, g.__name__, sorted(g.__dict__))
g.__module__ = 'elsewhere'
print(g.__module__, '__module__' in g.__dict__)
del g.__module__
print(g.__module__)
g.__dict__ = {'y': 3}
print(g.y, hasattr(g, 'x'))
try:
    g.__dict__ = 5
except TypeError as e:
    print(e)
try:
    del g.__dict__
except TypeError as e:
    print(e)
g.__annotations__ = None
print(g.__annotations__)
del g.__annotations__
print(g.__annotations__)
try:
    g.__annotations__ = 3
except TypeError as e:
    print(e)

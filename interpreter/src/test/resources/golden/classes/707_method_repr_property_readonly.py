# A bound method of a callable object names it by __qualname__, else __name__, else '?'; a property's
# fget/fset/fdel are read-only members; a bound builtin method knows its __objclass__.
import types


class MyCallable:
    def __call__(self, arg):
        pass


func = MyCallable()
method = types.MethodType(func, 'self')
print(repr(method))
func.__name__ = "name"
print(repr(method))
func.__qualname__ = "qualname"
print(repr(method))
p = property(lambda s: 1)
for attr in ("fget", "fset", "fdel"):
    try:
        setattr(p, attr, 42)
    except AttributeError as e:
        print(attr, 'AttributeError:', e)
l = []
print(l.__add__.__objclass__ is list, l.__add__.__self__ is l, l.__add__.__name__, hasattr(l.append, "__objclass__"), hasattr(l.__len__, "__objclass__"))
print(l.__add__ == l.__add__, l.__add__ == [].__add__, l.__add__ == l.__mul__)

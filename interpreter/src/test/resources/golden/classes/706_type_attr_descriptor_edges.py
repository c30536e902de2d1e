# Class attribute reads and writes at their edges: a metaclass descriptor with __set__ but no __get__
# leaves the read to the class; a __doc__ descriptor is asked on the class; object.__setattr__ and
# object.__delattr__ refuse a class (type.__setattr__ must run: Carlo Verre's hack).
class Descr:
    def __init__(self, name):
        self.name = name
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
class Meta(type):
    pass
class X(metaclass=Meta):
    pass
X.a = 42
Meta.a = Descr("a")
print(X.a)
class DocDescr:
    def __get__(self, obj, otype):
        return 'object=%s; type=%s' % (obj and type(obj).__name__, otype and otype.__name__)
class Old:
    __doc__ = DocDescr()
print(Old.__doc__)
print(Old().__doc__)
for call in (lambda: object.__setattr__(str, "foo", 42), lambda: object.__delattr__(str, "lower"),
             lambda: object.__setattr__(X, "b", 1), lambda: object.__delattr__(X, "a")):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
print(X.a, hasattr(X, 'b'), str.lower('ABC'))

# object_new/object_init's excess-argument errors, constructor keyword checks, a bare object() refusing
# attributes, list's in-place and reflected operators, int without __matmul__, function.__call__
class L(list):
    pass
class M(list):
    def __iadd__(self, o):
        return 'custom'
a = L([1]); b = a; a += [2]; a *= 2; print(a, a is b, type(a).__name__)
m = M(); m += [1]; print(m)
x = [1]; y = x; x += (2,); x *= 2; print(x, x is y, list.__iadd__([1], [2]), hasattr(1, '__matmul__'), hasattr(1.0, '__and__'))
try:
    1 @ 2
except TypeError as e:
    print(e)


def f(a):
    return a


print(f.__call__(a=42), f.__call__(1), (lambda: 'm').__call__())


class Meth:
    def m(self, x):
        return x * 2


print(Meth().m.__call__(4))
try:
    object().foo = 1
except AttributeError as e:
    print('AttributeError:', e)


class Plain:
    pass


class OnlyInit:
    def __init__(self, *a):
        self.a = a


class OnlyNew:
    def __new__(cls, *a):
        return object.__new__(cls)


print(OnlyInit(1, 2).a, type(OnlyNew(1, 2)).__name__)
for make in (lambda: Plain(42), lambda: Plain.__new__(Plain, 42), lambda: object.__new__(OnlyNew, 1),
             lambda: object.__init__(OnlyInit(), 1), lambda: object.__init__(Plain(), 1),
             lambda: int(x=1), lambda: float(x=2), lambda: bool(x=2), lambda: tuple(sequence=()),
             lambda: list(sequence=()), lambda: complex(bogus=1), lambda: str(bogus=1)):
    try:
        make()
        print('no error')
    except TypeError as e:
        print('TypeError:', e)
print(int('7', base=8), complex(imag=42, real=666), str(object=500), str(object=b'abc', errors='strict'))
print(3 * [1, 2], [1, 2].__rmul__(2), hasattr(1, '__matmul__'), hasattr(1.0, '__matmul__'), hasattr(1.0, '__or__'))

# int.__add__(self, other) inside an int subclass's own __add__ computes on the value (it must not
# dispatch back to the subclass); three-argument pow() calls the first operand's own __pow__.
class hexint(int):
    def __repr__(self):
        return hex(self)

    def __add__(self, other):
        return hexint(int.__add__(self, other))

    def __lt__(self, other):
        return int.__lt__(self, other)

    def __neg__(self):
        return hexint(int.__neg__(self))


print(repr(hexint(7) + 9), repr(hexint(1000) + 7), int.__add__(5, hexint(3)))
print(hexint(2) < 3, hexint(5) < 3, repr(-hexint(4)), int.__radd__(hexint(1), 2))
print(int.__add__(1, "x"), int.__mul__(hexint(3), hexint(4)))


class myfloat(float):
    def __sub__(self, other):
        return myfloat(float.__sub__(self, other))

    def __repr__(self):
        return "myfloat(%r)" % float(self)


print(myfloat(2.5) - 1, float.__sub__(myfloat(1.5), 0.5))


class I(int):
    def __pow__(self, other, mod=None):
        if mod is None:
            return I(pow(int(self), int(other)))
        return I(pow(int(self), int(other), int(mod)))

    def __repr__(self):
        return "I(%d)" % int(self)


print(repr(pow(I(2), I(3), I(5))), repr(I(2) ** I(3)), pow(2, 3, 5))
from decimal import Decimal

print(pow(Decimal(3), 4, 7))


class NoMod:
    def __pow__(self, other, mod=None):
        return NotImplemented


try:
    pow(NoMod(), 2, 3)
except TypeError as e:
    print("TypeError", e)


class longclone(int):
    pass


a = longclone(12345)
print(type(+a).__name__, type(-a).__name__, type(~a).__name__, ~a, type(abs(a)).__name__, type(a >> 0).__name__)
print(-myfloat(0.0), +myfloat(2.0), type(+myfloat(2.0)).__name__, float.__neg__(0.0))

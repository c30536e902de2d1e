# binary_op1: a right operand whose type is a subclass of the left's and overrides __rop__ goes first
class C:
    def __floordiv__(self, o): return "C.__floordiv__"
    def __rfloordiv__(self, o): return "C.__rfloordiv__"
    def __sub__(self, o): return NotImplemented
    def __rsub__(self, o): return "C.__rsub__"
class D(C):
    def __floordiv__(self, o): return "D.__floordiv__"
    def __rfloordiv__(self, o): return "D.__rfloordiv__"
    def __rsub__(self, o): return NotImplemented
class E(C):
    pass
print(D() // C(), C() // D(), C() // E(), E() // C(), 1 // C())
print(C() - E(), E() - C())
try:
    C() - D()
except TypeError as e:
    print("TypeError", e)
class OnlyR:
    def __radd__(self, o): return "radd"
try:
    OnlyR() + OnlyR()
except TypeError as e:
    print("TypeError", e)
print(1 + OnlyR())
class I(int):
    def __rpow__(self, o, mod=None): return "I.__rpow__"
print(2 ** I(3), I(2) ** 3)

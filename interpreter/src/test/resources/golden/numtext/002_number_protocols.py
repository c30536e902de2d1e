# int() and float() follow PyNumber_Long/PyNumber_Float: __int__, __index__, the deprecated __trunc__,
# subclass results with a DeprecationWarning; float text with Unicode digits and underscores; round()
# with huge ndigits; int/float corner cases of division, comparison, shifts and pow.
import warnings

def show(label, f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = f()
            out = "%r %s" % (r, type(r).__name__)
        except Exception as e:
            out = "%s: %s" % (type(e).__name__, e)
    print(label, out, [str(x.category.__name__) + ": " + str(x.message) for x in w])

class MyInt(int):
    def __int__(self): return 42
class BadInt(int):
    def __int__(self): return 42.0
class Idx:
    def __index__(self): return True
class Trunc:
    def __trunc__(self): return 7
class TruncBool:
    def __trunc__(self): return True
class TruncFloat:
    def __trunc__(self): return 1.5
class IntSub(int): pass
class ReturnsSub:
    def __int__(self): return IntSub(5)
class FloatSub(float): pass
class FloatReturnsSub:
    def __float__(self): return FloatSub(2.5)
class FloatIdx:
    def __index__(self): return 3

show("int MyInt", lambda: int(MyInt(7)))
show("int BadInt", lambda: int(BadInt(7)))
show("int Idx", lambda: int(Idx()))
show("int Trunc", lambda: int(Trunc()))
show("int TruncBool", lambda: int(TruncBool()))
show("int TruncFloat", lambda: int(TruncFloat()))
show("int ReturnsSub", lambda: int(ReturnsSub()))
show("IntSub ReturnsSub", lambda: IntSub(ReturnsSub()))
show("int IntSub", lambda: int(IntSub(9)))
show("int True", lambda: int(True))
show("index True", lambda: True.__index__())
show("int memoryview", lambda: int(memoryview(b"123")))
show("int memoryview base", lambda: int(memoryview(b"123"), 10))
show("float FloatReturnsSub", lambda: float(FloatReturnsSub()))
show("float FloatIdx", lambda: float(FloatIdx()))
show("float FloatSub", lambda: float(FloatSub(1.25)))
for text in ["  \u0663.\u0661\u0664  ", "\N{EM SPACE}3.14\N{EN SPACE}", "1_000.5", "1__0", "_1", "1_", "1_e5",
             "1e1_0", "in_f", "-iNfInItY", "nan", "\u3053", "0x10", b" 3.14 ", b"1_0", bytearray(b"2.5")]:
    show("float %a" % (text,), lambda: float(text))
for text in ["0_b0", "0_xf", "0x_f", "0b_1", "0_7", "09_99", "0_0", "1_000", "1__0", "0o_7_7"]:
    show("int %r base 0" % text, lambda: int(text, 0))
show("int 0x_f base 16", lambda: int("0x_f", 16))
for n in [324, 2**31, 2**100, -308, -309, -2**100]:
    show("round 123.456 %d" % n, lambda: round(123.456, n))
    show("round -1e-320 %d" % n, lambda: round(-1e-320, n))
show("round 1.6e308 -308", lambda: round(1.6e308, -308))
show("round int 2**100", lambda: round(8979323, 2**100))
show("round int -3", lambda: round(8979323, -3))
show("0 / -huge", lambda: 0 / -(10**400))
show("inf == huge", lambda: float("inf") == 10**400)
show("inf > huge", lambda: float("inf") > 10**400)
show("-inf < -huge", lambda: float("-inf") < -10**400)
show("1e308 < huge", lambda: 1e308 < 10**400)
show("min << 7", lambda: -9223372036854775808 << 7)
show("pow -2.0 0.5", lambda: (-2.0) ** 0.5)
show("pow -8 1/3", lambda: type(pow(-8, 1/3)).__name__)
show("pow -2.0 nan", lambda: (-2.0) ** float("nan"))
show("pow 0.0 -inf", lambda: 0.0 ** float("-inf"))
show("pow 0.0 -1", lambda: 0.0 ** -1.0)
show("as_integer_ratio", lambda: (-12).as_integer_ratio())
show("bool from_bytes", lambda: bool.from_bytes(b"\x00\x01", "big"))
show("IntSub from_bytes", lambda: IntSub.from_bytes(b"\x01", "big"))
show("from_bytes str", lambda: int.from_bytes("", "big"))
show("from_bytes int", lambda: int.from_bytes(0, "big"))
show("bool 2 args", lambda: bool(1, 2))
show("bool kw", lambda: bool(x=1))
class NegLen:
    def __len__(self): return -1
show("bool neglen", lambda: bool(NegLen()))
show("getformat int", lambda: float.__getformat__(1))
nan = float("nan")
class F(float):
    def __hash__(self): return 42
print(hash(nan) == object.__hash__(nan), hash(nan) == hash(nan), {nan: 1}[nan], hash(F(1.0)), hash(1.5) == hash(FloatSub(1.5)))

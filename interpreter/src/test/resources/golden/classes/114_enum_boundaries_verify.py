import enum
from enum import Enum, Flag, IntFlag, StrEnum, auto, verify, UNIQUE, CONTINUOUS, STRICT, CONFORM, EJECT, member, nonmember
@verify(UNIQUE, CONTINUOUS)
class Day(Enum):
    MON = 1
    TUE = 2
print(list(Day))
try:
    @verify(CONTINUOUS)
    class Gap(Enum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError", e)
class Strict(Flag, boundary=STRICT):
    R = 1
    W = 2
try:
    Strict(7)
except ValueError as e:
    print("ValueError", e)
class Conform(Flag, boundary=CONFORM):
    R = 1
    W = 2
print(Conform(7), Conform(3) == Conform.R | Conform.W)
class Eject(IntFlag, boundary=EJECT):
    R = 1
print(Eject(9), type(Eject(9)).__name__)
class K(Enum):
    A = 1
    helper = nonmember(10)
    @member
    def fn(x):
        return x * 2
print([m.name for m in K], K.helper, K.fn.value(4))
class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    X = auto()
    Y = auto()
print([o.value for o in Ordinal])
class Color(Enum):
    RED = 1
    GREEN = 2
print(Color.RED < Color.GREEN if hasattr(Color.RED, "__lt__") and Color.RED.__lt__(Color.GREEN) is not NotImplemented else "unorderable",
      Color["RED"].name, Color.RED.__reduce_ex__(4)[0] is Color, sorted(Color.__members__.items())[0][0])
print(enum.Enum.__dict__.get("name").__class__.__name__, Color.RED._name_, Color._member_map_["GREEN"], Color._value2member_map_[2])

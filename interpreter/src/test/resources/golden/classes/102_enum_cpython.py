from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color))
print(Color(1), Color['GREEN'], Color.RED in Color, len(Color))
class N(IntEnum):
    A = auto()
    B = auto()
print(N.A, N.B + 1, repr(N.B), N.A == 1)
class P(Flag):
    R = auto()
    W = auto()
    X = auto()
print(P.R | P.W, repr(P.R | P.W), P.R in (P.R | P.W))
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, repr(IP.A | 4))
class S(StrEnum):
    X = auto()
    Y = "why"
print(S.X, S.Y, repr(S.X), S.X == "x")
@unique
class U(Enum):
    A = 1
try:
    @unique
    class V(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
try:
    Color(7)
except ValueError as e:
    print(e)
print(Color.RED is Color(1), hash(Color.RED) == hash(Color.RED), Color.__members__.keys())
print(f"{Color.RED}", format(N.A), str(N.A))

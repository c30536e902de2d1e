import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 3), Planet.MERCURY.mass)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Shape = Enum("Shape", [("SQ", 4), ("TRI", 3)])
print(Shape.SQ.value, Shape["TRI"])
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
    @classmethod
    def _missing_(cls, value):
        if value == "r":
            return cls.RED
        return None
    def describe(self):
        return f"{self.name} is {self.value}"
print(Color.CRIMSON is Color.RED, list(Color), list(Color.__members__), Color("r"), Color.GREEN.describe())
def classify(c):
    match c:
        case Color.RED:
            return "red!"
        case Color.GREEN:
            return "green!"
print(classify(Color.RED), classify(Color(2)))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, int(rw), list(rw), rw & Perm.R, ~Perm.R, Perm(7), Perm(0))
class F(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B
print(F.AB, list(F), F.A | F.C, bool(F(0)), F.AB.name, len(F))
class Lvl(IntEnum):
    LOW = 1
    HIGH = 3
print(sorted([Lvl.HIGH, Lvl.LOW]), Lvl.LOW < Lvl.HIGH, Lvl.HIGH * 2, max(Lvl), {Lvl.LOW: "x"}[1])
class Mood(StrEnum):
    HAPPY = auto()
    SAD = "sad"
print(Mood.HAPPY.upper(), Mood.SAD + "!", "sad" == Mood.SAD, f"{Mood.HAPPY}", Mood("sad"))
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    class Ext(Color):
        BLUE = 3
except TypeError as e:
    print("TypeError", e)
print(isinstance(Color.RED, Color), type(Color.RED).__name__, Color.RED.__class__ is Color, hash(Color.RED) == hash(Color.RED))
print(Color.RED == 1, Lvl.LOW == 1, [m.name for m in Perm], enum.unique(Lvl) is Lvl)
print(dir(Color)[:4], Color.__members__["CRIMSON"])

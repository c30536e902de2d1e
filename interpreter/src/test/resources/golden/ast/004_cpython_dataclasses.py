# CPython's own dataclasses.py (it imports inspect, and so ast): fields, ordering, frozen, slots,
# ClassVar, asdict, replace, inheritance.
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar
from typing import ClassVar

print(dataclasses.__file__.endswith("python3.11/dataclasses.py"))


@dataclass(order=True, frozen=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False)
    k: ClassVar[int] = 3


p = P(1, 2)
print(p, p < P(2), asdict(p), astuple(p), replace(p, y=5), [f.name for f in fields(P)], hash(p) == hash(P(1, 2)))
try:
    p.x = 3
except dataclasses.FrozenInstanceError as e:
    print("frozen", e)


@dataclass(slots=True)
class S:
    a: int
    b: str = "s"


print(S(1), S.__slots__, S.__match_args__)


@dataclass
class Q:
    a: int
    scale: InitVar[int] = 1
    b: int = field(init=False)

    def __post_init__(self, scale):
        self.b = self.a * scale


print(Q(2, 5), Q(3))
try:
    @dataclass
    class K(P):
        z: int = 9
except TypeError as e:
    print("TypeError", e)
print(dataclasses.is_dataclass(p), dataclasses.is_dataclass(int))

from typing import NamedTuple, TypedDict, List
class P(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
p = P(3, -4)
print(p, P(1), p.norm(), P._fields, P.__annotations__, isinstance(p, tuple), p._replace(x=0), P._field_defaults)
Q = NamedTuple("Q", [("a", int), ("b", str)])
print(Q(1, "s"), Q.__annotations__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="x", year=1)
print(m, type(m).__name__, Movie.__annotations__, sorted(Movie.__required_keys__), Movie.__total__)
class Partial(Movie, total=False):
    extra: List[int]
print(sorted(Partial.__annotations__), sorted(Partial.__optional_keys__))
M2 = TypedDict("M2", {"a": int})
print(M2(a=1), M2.__annotations__)

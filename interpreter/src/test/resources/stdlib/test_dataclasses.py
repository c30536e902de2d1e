from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError


@dataclass
class Task:
    name: str
    priority: int = 0
    tags: list = field(default_factory=list)


t = Task("build")
print(t, t.name, t.priority, t.tags, Task("a", 2, ["x"]))
print(t == Task("build"), t == Task("other"), t == "build", Task.__hash__ is None)
print([f.name for f in fields(Task)], is_dataclass(t), is_dataclass(Task), is_dataclass(1))
print(asdict(Task("x", 1, ["a"])), astuple(Task("x", 1, ["a"])), replace(t, priority=5))
print(Task.priority, hasattr(Task, "tags"))
for bad in [lambda: Task(), lambda: Task(1, 2, 3, 4), lambda: Task("a", nope=1), lambda: Task("a", name="b")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0


v = Version(1, 2)
try:
    v.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(sorted([Version(2), Version(1, 5), Version(1)]), Version(1) < Version(1, 1), hash(v) == hash((1, 2)))
print({Version(1): "one"}[Version(1)])


@dataclass
class Point:
    x: float
    y: float
    label: str = field(default="p", repr=False, compare=False)

    def __post_init__(self):
        self.norm = (self.x ** 2 + self.y ** 2) ** 0.5

    def __repr__(self):
        return "P<%s,%s>" % (self.x, self.y)


p = Point(3, 4)
print(p, p.norm, Point(3, 4, "a") == Point(3, 4, "b"))


@dataclass
class Point3(Point):
    z: float = 0.0


print(Point3(1, 2, "q", 3).z, [f.name for f in fields(Point3)])
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class BadDefault:
        a: list = []
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty())

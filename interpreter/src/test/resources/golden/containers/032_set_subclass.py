# Subclasses of set and frozenset: instances of the subclass, with attributes; set's items come
# from set.__init__ (so a subclass's own __init__ may take other arguments), frozenset's from __new__.
import typing


class Tags(set):
    def __init__(self, owner, items=()):
        super().__init__(items)
        self.owner = owner

    def describe(self):
        return "%s: %s" % (self.owner, sorted(self))


class Frozen(frozenset):
    pass


class Plain(set):
    pass


t = Tags("alice", ["b", "a"])
print(type(t).__name__, t.describe(), isinstance(t, set), len(t), "a" in t)
t.add("c")
print(t.describe(), t.owner)
f = Frozen([3, 1, 2])
print(type(f).__name__, sorted(f), f == frozenset({1, 2, 3}), hash(f) == hash(frozenset({1, 2, 3})))
p = Plain([1])
print(repr(p), repr(Plain()), repr(Frozen()), type(p | {2}).__name__, type(Plain.copy(p)).__name__)
set.__init__(p, [7, 8])
print(sorted(p))


class MySet(typing.Set[int]):
    pass


class MyFrozen(typing.FrozenSet[str]):
    pass


print(type(MySet()).__name__, type(MyFrozen(["x"])).__name__, sorted(MyFrozen(["y", "x"])))

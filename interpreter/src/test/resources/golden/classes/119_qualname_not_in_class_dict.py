# A class statement's __qualname__ is the class's own (ht_qualname), not an entry of its __dict__:
# instances do not see it, and typing's Protocol member scan does not count it.
from typing import Protocol, runtime_checkable


class Outer:
    class Inner:
        x = 1


print(Outer.Inner.__qualname__, sorted(k for k in Outer.Inner.__dict__ if k not in ("__dict__", "__weakref__")))
try:
    print(Outer.Inner().__qualname__)
except AttributeError as e:
    print("AttributeError:", e)
Outer.Inner.__qualname__ = "Renamed"
print(Outer.Inner.__qualname__, repr(Outer.Inner), "__qualname__" in Outer.Inner.__dict__)
try:
    Outer.Inner.__qualname__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    type("Bad", (), {"__qualname__": 5})
except TypeError as e:
    print("TypeError:", e)
print(type("T", (), {"__qualname__": "a.b"}).__qualname__)


@runtime_checkable
class HasClose(Protocol):
    def close(self): ...


class File:
    def close(self):
        pass


print(issubclass(File, HasClose), isinstance(File(), HasClose), issubclass(int, HasClose))


def defines_globals():
    global Declared, declared_function

    class Declared:
        class Inside:
            pass

    def declared_function():
        def inner():
            pass
        return inner

    class Local:
        pass
    return Local


print(defines_globals().__qualname__, Declared.__qualname__, Declared.Inside.__qualname__,
      declared_function.__qualname__, declared_function().__qualname__)

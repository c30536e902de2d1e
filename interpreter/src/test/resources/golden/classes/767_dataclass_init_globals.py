# A dataclass's generated __init__ sees its module's names: typing.get_type_hints evaluates string
# annotations in the function's globals, the module's dict, including names bound after the class
# was made (the class's own name, a class defined below it).
from __future__ import annotations

import dataclasses
import typing


class Foo:
    pass


@dataclasses.dataclass
class Bar:
    foo: Foo
    bars: "list[Bar]" = dataclasses.field(default_factory=list)
    later: "Later | None" = None


class Later:
    pass


Foo = type("Foo", (), {})  # rebound after: the __init__ sees the new one, as on CPython


print(typing.get_type_hints(Bar))
print(typing.get_type_hints(Bar.__init__))
print(Bar.__init__.__globals__["Foo"] is Foo)


def make(n):
    @dataclasses.dataclass
    class P:
        x: int
    return P(n)


print([make(i) for i in range(3)])

from typing import List, Dict, Optional, Union, Any, Callable, Tuple, TypeVar, Generic, Iterator, Protocol, cast, NamedTuple, Set, Sequence
import typing as t

print(List[int], Optional[int], Union[int, str], Dict[str, List[int]], Callable[[int], str], Any, Tuple[int, ...])
print(Optional[Union[int, str]], Union[int, None], Union[int], Union[int, Union[str, float]])
T = TypeVar("T")
print(T, List[T], TypeVar("U", covariant=True))


class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v

    def get(self) -> T:
        return self.v


def total(values: List[int], scale: Optional[float] = None) -> Dict[str, Any]:
    return {"sum": sum(values) * (scale or 1)}


class Greeter(Protocol):
    def greet(self) -> str:
        ...


print(Box(1).get(), cast(int, "s"), t.TYPE_CHECKING, total([1, 2], 2.0), total.__annotations__["values"])
P = NamedTuple("P", [("x", int), ("y", int)])
print(P(1, 2), P(1, 2).x)
print(t.Iterator[int], Set[str], t.FrozenSet[int], Sequence[int], t.Type[int], t.Literal["a", 1], t.ClassVar[int], t.Final[int])


def gen() -> Iterator[int]:
    yield 1


print(list(gen()), t.get_type_hints(total) == total.__annotations__, List[int] == List[int])

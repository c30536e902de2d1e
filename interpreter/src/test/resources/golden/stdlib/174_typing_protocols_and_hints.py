# typing over CPython's own typing.py: protocols checked against builtin types and functions,
# special forms, dir() and pickling of aliases, get_type_hints with local namespaces.
from __future__ import annotations

import collections.abc
import pickle
import typing
from typing import (Annotated, Any, Callable, List, NamedTuple, Optional, Protocol, SupportsBytes, SupportsIndex,
                    SupportsRound, Tuple, TypedDict, TypeVar, Union, get_type_hints, runtime_checkable)

T = TypeVar("T")


@runtime_checkable
class HasCall(Protocol):
    def __call__(self, x: int) -> int: ...


def double(x):
    return 2 * x


print(isinstance(double, HasCall), isinstance(double, Callable), issubclass(type(double), collections.abc.Callable))
print(issubclass(float, SupportsRound), issubclass(int, SupportsRound), issubclass(bytes, SupportsBytes),
      issubclass(int, SupportsIndex), issubclass(str, SupportsIndex))
print(collections.abc.Callable[[int], str], collections.abc.Iterable.__module__)
print(issubclass(Tuple, Tuple), issubclass(List, List))
for bad in (lambda: Any[int], lambda: iter(Union), lambda: iter(Union[int, str])):
    try:
        bad()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
print("copy_with" in dir(Annotated[int, 4]), "bit_length" in dir(Annotated[int, 4]))
print("__origin__" in dir(List[int]), "append" in dir(List[int]))
for alias in (Tuple[int, ...], Callable[..., int], Optional[List[int]], Annotated[int, "meta"]):
    print(pickle.loads(pickle.dumps(alias)) == alias)


class Group(NamedTuple):
    key: T
    group: list


class TD(TypedDict):
    a: int


print(Group[int].__origin__ is Group, TD[int].__origin__ is TD)


class Node:
    left: Optional[Node]
    value: Local


def hints():
    class Local:
        pass
    return get_type_hints(Node, localns={"Local": Local})


h = hints()
print(h["left"], h["value"].__name__)


def annotated(a: List[T], b: "Forward") -> None: ...


print(get_type_hints(annotated, localns={"Forward": int}))

import types


@runtime_checkable
class Empty(Protocol):
    pass


print(isinstance(typing, Empty), isinstance(1, Empty), typing.__class__.__name__)
proxy = types.MappingProxyType({"b": 2, "a": 1})
print(type(proxy.copy()).__name__, proxy.copy() == {"a": 1, "b": 2})

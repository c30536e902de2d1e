# types.GenericAlias as CPython's genericaliasobject.c: parameters, substitution, the starred
# form, attributes forwarded to the origin, subclasses, pickling and copying.
import copy
import pickle
import types
import collections.abc
from typing import Callable, Generic, List, Tuple, TypeVar, TypeVarTuple, Unpack

T = TypeVar('T')
S = TypeVar('S')
Ts = TypeVarTuple('Ts')


class C(Generic[T]):
    pass


print(list[T].__parameters__, dict[T, list[S]].__parameters__, list[C].__parameters__)
print(list[T][int], dict[T, list[S]][str, int], list[C[T]][str])
print(tuple[T, *Ts][int, str, bytes], tuple[*Ts][int, str], tuple[T, *Ts][*tuple[int, ...]])
print(list[T][*tuple[int]], C[T][List[int]], Callable[[T], S][int, str])
for bad in ("list[int][int]", "list[T][int, str]", "list[T][()]", "tuple[*Ts, *Ts][int]"):
    try:
        print(eval(bad))
    except TypeError as e:
        print("TypeError:", e)

starred = next(iter(tuple[int, str]))
print(starred, starred.__unpacked__, starred.__typing_unpacked_tuple_args__, list(tuple[int]))
print(starred == next(iter(tuple[int, str])), starred == tuple[int, str], tuple[int].__unpacked__)
print(list[int].__name__, list[int].__module__, list[int].__class__, list[int].__doc__ == list.__doc__)
print(list[int] == list[int], list[int] != list[str], hash(dict[str, int]) == hash(dict[str, int]))
print(types.GenericAlias(dict, (str, int)), types.GenericAlias(list, int).__args__)
print(list[T] | None, (list[T] | int)[str], (list[T] | int).__parameters__)

alias = collections.abc.Callable[[int, T], str]
print(type(alias).__name__, alias, alias[bytes], alias.__parameters__)


class MyAlias(types.GenericAlias):
    def describe(self):
        return "alias of %s" % self.__origin__.__name__


m = MyAlias(list, (int,))
print(type(m).__name__, m, isinstance(m, types.GenericAlias))
print(sorted(x for x in dir(list[int]) if x.startswith("__o") or x.startswith("__a")))

for a in (list[int], dict[str, list[T]], starred):
    print(pickle.loads(pickle.dumps(a)), copy.copy(a), copy.deepcopy(a))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
print(list[int]([1, 2]), list[int].__mro_entries__(()))
print(list[T][Tuple[int]], dict[str, T][Tuple[int, ...]], list[T][List[int]])
from typing import Union
print(hash(int | str) == hash(str | int) == hash(Union[int, str]), (int | str) == Union[int, str])

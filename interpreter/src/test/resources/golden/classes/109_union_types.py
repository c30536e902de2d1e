import types
U = int | str
print(U, type(U) is types.UnionType, U.__args__, int | None, None | int, int | int, list[int] | None, int | str | int)
print(isinstance(3, U), isinstance("s", U), isinstance(2.0, U), isinstance(None, int | None), issubclass(bool, int | str))
print((int | str) == (str | int), hash(int | str) == hash(str | int), (int | str) | float, type.__or__(int, str))
def f(x: int | None = None) -> list[str] | None: pass
print(f.__annotations__)
try:
    int | 3
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, list[int] | None)
except TypeError as e:
    print("TypeError", e)
class M(type):
    def __or__(cls, other):
        return "custom or"
class K(metaclass=M): pass
print(K | int, int | K)
match 5:
    case int() | str():
        print("matched union-like or-pattern")

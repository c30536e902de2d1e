def f(x: int, y: str = "a") -> str:
    """Return y repeated x times."""
    return y * x
print(f(3), f.__doc__)
class C:
    """Class doc."""
    count: int = 0
    def m(self) -> None:
        "method doc"
print(C.__doc__, C.m.__doc__, C.count)
v: int = 5
w: list
print(v)
def g():
    pass
print(g.__doc__)

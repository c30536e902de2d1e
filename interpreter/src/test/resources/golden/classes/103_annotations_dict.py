x: int = 1
y: "List[int]"
print(__annotations__)
class C:
    a: int
    b: list[str] = []
    c: "C"
print(C.__annotations__)
def f(a: int, b: str = "x", *args: float, c: dict[str, int], **kw: bool) -> None: pass
print(f.__annotations__)
def g(): pass
print(g.__annotations__)
class D: pass
print(D.__annotations__)

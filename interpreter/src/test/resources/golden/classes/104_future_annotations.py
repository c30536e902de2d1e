from __future__ import annotations
x: int = 1
y: List[int]
z: undefined.name[1, "s"] | None
print(__annotations__)
class C:
    a: int
    b: list[str] = []
    c: C
    d: dict[str, tuple[int, ...]]
    e: lambda: 1 if x else 2
    f: Callable[[int, str], None]
    g: 'quoted'
    h: -1 + 2 * 3 ** 4
    i: a.b.c(d, e=f)[g:h, ::2]
    j: {1: 2, **x}
    k: [x for x in y if x]
    l: not a and b or c
    m: a is not b
    n: (1,)
    o: ~x
    p: f"fmt{x!r:>10}"
print(C.__annotations__)
def f(a: int, b: str = "x", *args: float, c: dict[str, int], **kw: bool) -> None: pass
print(f.__annotations__)
def g(a: (int), b: (int, str), c: (a + b) * c, d: ('x')) -> (None): pass
print(g.__annotations__)

# A module or class body with an annotated assignment anywhere in it starts with an empty
# __annotations__ (CPython's SETUP_ANNOTATIONS), so it may be read before the first annotation
# (test_grammar imports typinganndata/ann_module, which does `__annotations__[1] = 2` first).
__annotations__["early"] = "set before any annotation"
print(sorted(__annotations__))
x: int = 1


class C:
    print("class body sees", __annotations__)
    __annotations__["k"] = 0
    y: str


class D:
    """doc"""
    if True:
        z: int


class E:
    w = 1


print(sorted(__annotations__), C.__annotations__, D.__annotations__, D.__doc__)
print("__annotations__" in E.__dict__)


def f():
    v: int = 3
    return v


print(f(), f.__annotations__)

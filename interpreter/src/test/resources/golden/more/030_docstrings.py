"""A module docstring is the module's __doc__, as a function's and a class's are theirs."""
import sys


def f():
    "a function"


class C:
    """a class"""

    def m(self):
        """a method"""


def nodoc():
    return 1


print(__doc__)
print(sys.modules[__name__].__doc__ == __doc__)
print(f.__doc__, C.__doc__, C.m.__doc__, C().m.__doc__, nodoc.__doc__)
g = {}
exec("x = 1", g)
print("__doc__" in g)
exec('"""exec doc"""\ny = 2', g)
print(g["__doc__"], g["y"])

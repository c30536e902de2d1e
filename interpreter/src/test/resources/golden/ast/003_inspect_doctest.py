# inspect (signature, getsource, getmembers) and doctest.testmod on this module.
import inspect
import doctest


def area(width: int, height: int = 2, *rest, scale=1.0, **options) -> float:
    """The area.

    >>> area(3, 4)
    12
    >>> [area(i) for i in range(3)]
    [0, 2, 4]
    >>> area(1, 1) + 1
    2
    """
    return width * height * scale if scale != 1.0 else width * height


class Shape:
    """A shape.

    >>> Shape(3).double()
    6
    """
    def __init__(self, size):
        self.size = size

    def double(self):
        return self.size * 2


print(inspect.signature(area))
print(inspect.signature(Shape))
print(inspect.signature(Shape.double))
print(inspect.getsource(Shape.double), end="")
print([name for name, _ in inspect.getmembers(Shape, inspect.isfunction)])
print(inspect.isclass(Shape), inspect.isfunction(area), inspect.getdoc(Shape))
print(doctest.testmod())

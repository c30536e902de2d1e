# namedtuple's field descriptor from _collections, on a tuple subclass
from _collections import _tuplegetter
class Pt(tuple):
    __slots__ = ()
    x = _tuplegetter(0, 'x doc')
    y = _tuplegetter(1, 'y doc')
p = Pt((1, 2))
print(p.x, p.y, Pt.x.__doc__, type(Pt.x).__name__, p)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
print(p.x)
try:
    Pt.x.__get__(5, int)
except TypeError as e:
    print('TypeError', e)
short = Pt((7,))
try:
    short.y
except IndexError as e:
    print('IndexError', e)

# Three internal errors that ended CPython test modules on gilspy: a property without a setter on
# an object with an instance dict, a format field index past sys.maxsize, a bytearray item whose
# value's __index__ resizes the bytearray (CPython converts the value first, GH-91153).
class C:
    __slots__ = ()
class D:
    x = property(lambda s: 1)
    def __init__(self):
        pass
for obj in [D()]:
    try:
        obj.x = 2
    except AttributeError as e:
        print(e)
import functools
class P:
    @functools.cached_property
    def v(self):
        return 5
print(P().v)
try:
    '{9223372036854775808}'.format()
except ValueError as e:
    print(e)
b = bytearray(b'ab')
class I:
    def __index__(self):
        b.clear()
        return 1
try:
    b[0] = I()
except IndexError as e:
    print(e)
print(b)

# bytearray.__hash__ is None (so collections.abc.Hashable says no, as for list), and a match's
# group() takes any object with __index__ as a group number.
import collections.abc
import re

print(bytearray.__hash__, isinstance(bytearray(b"x"), collections.abc.Hashable))
print(isinstance(b"x", collections.abc.Hashable), issubclass(bytearray, collections.abc.Hashable))
try:
    hash(bytearray(b"ab"))
except TypeError as e:
    print("TypeError", e)
try:
    {bytearray(b"ab"): 1}
except TypeError as e:
    print("TypeError", e)


class HashedBA(bytearray):
    def __hash__(self):
        return 7


print(hash(HashedBA(b"q")), isinstance(HashedBA(), collections.abc.Hashable), {HashedBA(b"q"): 1}[HashedBA(b"q")])


class PlainBA(bytearray):
    pass


try:
    hash(PlainBA(b"q"))
except TypeError as e:
    print("TypeError", e)


class Index:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value


m = re.match("(a)(b)", "ab")
print(m.group(Index(1)), m.group(Index(2)), m.span(Index(1)), m.start(Index(2)), m.group(Index(0), 2))
for i in (Index(3), Index(-1)):
    try:
        m.group(i)
    except IndexError as e:
        print("IndexError", e)
n = re.match("(?P<x>a)", "a")
print(n.group("x"), n.group(True))
for i in (Index(1 << 1000), Index(-(1 << 1000))):
    try:
        m.group(i)
    except IndexError as e:
        print("IndexError", e)

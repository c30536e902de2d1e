# dict(x) and update(x) of a dict subclass with its own __iter__ go through keys() (dict_merge)
import collections
od = collections.OrderedDict([('a', 1), ('b', 2)])
od.move_to_end('a')
print(list(od.items()), list(dict(od).items()), dict(od))
class CustomReversedDict(dict):
    def keys(self):
        return reversed(list(dict.keys(self)))
    __iter__ = keys
    def items(self):
        return reversed(dict.items(self))
d = CustomReversedDict([('a', 1), ('b', 2)])
print(list(dict(d).items()), dict(d))
class Plain(dict): pass
print(dict(Plain([("x", 1), ("y", 2)])))
e = {}
e.update(od)
print(e)

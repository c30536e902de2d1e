# Counter's counting loop (_count_elements) calls a subclass's own get and __setitem__, as the
# pure-Python loop does; a subclass keeping dict's gets the fast path with the same result.
from collections import Counter, OrderedDict


class WithSetItem(Counter):
    def __init__(self, *args, **kwds):
        self.calls = []
        Counter.__init__(self, *args, **kwds)

    def __setitem__(self, key, value):
        self.calls.append((key, value))
        Counter.__setitem__(self, key, value)


class WithGet(Counter):
    def __init__(self, *args, **kwds):
        self.calls = 0
        Counter.__init__(self, *args, **kwds)

    def get(self, key, default):
        self.calls += 1
        return Counter.get(self, key, default)


class Plain(Counter):
    pass


c = WithSetItem("abracadabra")
print(sorted(c.items()), c.calls)
g = WithGet("abracadabra")
print(sorted(g.items()), g.calls)
print(sorted(Plain("abracadabra").items()), Counter("abracadabra").most_common(2))
c.update("aa")
print(c["a"], c.calls[-1])
print(Counter(OrderedDict(a=1)), list(Counter("cba")))

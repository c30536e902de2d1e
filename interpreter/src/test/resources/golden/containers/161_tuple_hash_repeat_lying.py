# CPython tuplehash (xxHash) values; tuple*1 is the tuple; tuple() of a tuple subclass calls its __iter__
print(hash(()), hash((0,)), hash((0, 0)), hash((0.5,)), hash((0.5, (), (-2, 3, (4, 6)))))
t = (1, 2)
print(t * 1 is t, (t * 2), {(1, 2): 3}[(1, 2)])
class LyingTuple(tuple):
    def __iter__(self): yield 1
class LyingList(list):
    def __iter__(self): yield 1
print(tuple(LyingTuple((2,))), list(LyingList([2])), list(LyingTuple((2,))), tuple(LyingList([2])))

# functools.partial's pickle state: __setstate__ replaces the instance dict (None empties it), keeps
# an exact keywords dict (a copy shares it); repr reads a keyword's value before str(key) runs.
import copy
import functools
import pickle


def capture(*args, **kw):
    return args, kw


def sig(p):
    return p.func.__name__, p.args, p.keywords, p.__dict__


f = functools.partial(capture)
f.__setstate__((capture, (1,), dict(a=10), dict(attr=[])))
print(sig(f), f(2, b=20))
f.__setstate__((capture, (1,), dict(a=10), None))
print(sig(f), f(2, b=20))
f.__setstate__((capture, (), {}, None))
print(sig(f), f(), f(3))

for bad in [(capture, (), [], None), (None, (), {}, None)]:
    try:
        f.__setstate__(bad)
    except TypeError as e:
        print("TypeError", e)

g = functools.partial(capture, [1], bar=[True])
g.attr = "x"
c = copy.copy(g)
print(c.keywords is g.keywords, c.args is g.args, c.attr, c(2))
d = copy.deepcopy(g)
print(d.keywords is g.keywords, d.keywords == g.keywords, d.attr, d(2))
p = pickle.loads(pickle.dumps(functools.partial(capture, 1, z=2)))
print(p(3), p.__dict__)


class MutatesYourDict:
    def __str__(self):
        h.keywords[self] = ["sth2"]
        return "astr"


h = functools.partial(capture)
h.keywords[MutatesYourDict()] = ["sth"]
r = repr(h)
print("astr" in r, "['sth']" in r)

key = functools.cmp_to_key(lambda a, b: a - b)
print(sorted([3, 1, 2], key=key))
for args in [(), (lambda a, b: 0, None)]:
    try:
        functools.cmp_to_key(*args)
    except TypeError as e:
        print("TypeError", e)

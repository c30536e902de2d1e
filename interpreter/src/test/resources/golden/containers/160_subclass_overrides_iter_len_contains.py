# a list/tuple/set/dict subclass that defines __iter__, __len__ or __contains__ is asked, not bypassed
class L(list):
    def __iter__(self): yield 1
    def __len__(self): return 7 + list.__len__(self)
    def __contains__(self, x): return x == 'm' or list.__contains__(self, x)
l = L([2])
print([x for x in l], list(l), len(l), 'm' in l, 2 in l, 3 in l, list(list.__iter__(l)))
class T(tuple):
    def __iter__(self): yield from tuple.__iter__(self); yield 9
    def __len__(self): return tuple.__len__(self) + 100
    def __contains__(self, x): return x == 'm' or tuple.__contains__(self, x)
t = T((1, 2))
print(tuple(t), list(t), [*t], len(t), 'm' in t, 1 in t, t)
class S(set):
    def __iter__(self): return iter(sorted(set.__iter__(self), reverse=True))
    def __len__(self): return set.__len__(self) * 2
    def __contains__(self, x): return x == 'm' or set.__contains__(self, x)
s = S({1, 2, 3})
print(list(s), len(s), 'm' in s, 1 in s, 4 in s)
class D(dict):
    def __iter__(self): return iter(['k'])
    def __len__(self): return dict.__len__(self) + 1
    def __contains__(self, x): return x == 'm' or dict.__contains__(self, x)
d = D(a=1)
print(list(d), len(d), 'm' in d, 'a' in d, 'b' in d, dict(d), sorted(d.keys()))
class Plain(list): pass
p = Plain([3, 4])
print(list(p), len(p), 3 in p, [*p], tuple(p))

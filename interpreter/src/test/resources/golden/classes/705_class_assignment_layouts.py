# obj.__class__ = cls: allowed between classes whose instances have the same layout (slots in any
# order, the same __dict__/__weakref__ entries), refused for builtins' instances and different layouts.
class C: pass
class D: pass
class F(C, D): pass
x = C()
x.__class__ = F
print(type(x).__name__)
class G: __slots__ = ["a", "b"]
class H: __slots__ = ["b", "a"]
class I: __slots__ = ["a", "b"]
class J: __slots__ = ["c", "b"]
class L(H): __slots__ = ["e"]
class M(I): __slots__ = ["e"]
class N(J): __slots__ = ["__weakref__"]
class P(J): __slots__ = ["__dict__"]
class Q(J): pass
class R(J): __slots__ = ["__dict__", "__weakref__"]
for a, b in ((G, H), (G, I), (Q, R), (R, Q), (G, J), (L, M), (N, P), (P, R), (Q, N)):
    o = a()
    try:
        o.__class__ = b
        print(a.__name__, '->', b.__name__, 'ok', type(o) is b)
    except TypeError as e:
        print(a.__name__, '->', b.__name__, 'TypeError:', e)
class Int(int): __slots__ = []
for obj, cls in (([], C), (C(), list), (C(), 1), (True, int), (2, bool), (object(), C), (C(), object)):
    try:
        obj.__class__ = cls
    except TypeError as e:
        print('TypeError:', e)
for obj in (C(), [], 5):
    try:
        del obj.__class__
    except TypeError as e:
        print('TypeError:', e)
class Site:
    def who(self): return 'Site'
class Other:
    def who(self): return 'Other'
s = Site()
for i in range(3):
    print(s.who())   # one call site; the class changes under it
    s.__class__ = Other if i == 0 else Site

# PEP 646 and class keywords: a starred item in a subscript makes the index a tuple (Generic[*Ts],
# test_typing), *args: *Ts keeps the one item unpacking gives, class A(**kwds) and class B(*bases)
# pass keywords and bases on as a call would (test_class).
class Show:
    def __getitem__(self, k):
        return k
    def __setitem__(self, k, v):
        print("set", k, v)
s = Show()
x = [1, 2]
print(s[*x], s[0, *x], s[*x, 3], s[*x,], s[*()], s[1:2, *x])
s[*x] = 5
class Ts:
    def __iter__(self):
        yield "unpacked Ts"
def f(*args: *Ts()): pass
print(f.__annotations__)
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("meta", name, sorted(kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        pass
d = {"metaclass": M, "flag": 1}
class A(**d): pass
bases = (int,)
class B(*bases, **{"metaclass": M}): pass
print(type(A).__name__, B.__mro__)
try:
    class C(**[1]): pass
except TypeError as e:
    print(e)

# obj.__dict__ = d: the dict becomes the instance's attributes, live; a non-dict is a TypeError, a
# __slots__ class without __dict__ refuses it, and a class __setattr__ sees it.
class C:
    pass
c = C()
c.a = 1
ns = {'b': 2}
c.__dict__ = ns
print(hasattr(c, 'a'), c.b, c.__dict__ is ns)
c.z = 3
print(ns)
ns['w'] = 4
print(c.w, vars(c) is ns)
object.__setattr__(c, '__dict__', {'q': 5})
print(c.q, c.__dict__)
for bad in (5, None, type.__dict__):
    try:
        c.__dict__ = bad
    except TypeError as e:
        print('TypeError:', e)
class S:
    __slots__ = ('x',)
try:
    S().__dict__ = {}
except AttributeError as e:
    print('AttributeError:', e)
class Hook:
    def __setattr__(self, name, value):
        print('setattr', name)
        object.__setattr__(self, name, value)
h = Hook()
h.__dict__ = {'k': 1}
print(h.k)

# type_new's __dict__ and __weakref__ getsets in a class dict: which classes get them (slots, builtin
# bases, subclasses), reading, setting and deleting an instance's __dict__ through them.
import types, weakref
class C:
    def meth(self): pass
print(sorted(C.__dict__))
print(list(C.__dict__))
c = C()
c.x = 1
print(C.__dict__['__dict__'], C.__dict__['__weakref__'])
print(C.__dict__['__dict__'].__get__(c), c.__dict__, c.__weakref__)
print(isinstance(C.__dict__['__dict__'], types.GetSetDescriptorType), C.__dict__['__dict__'].__objclass__ is C)
class D(C): pass
print(sorted(D.__dict__), D.__dict__ == {'__module__': __name__, '__doc__': None} or dict(D.__dict__))
class S:
    __slots__ = ('a',)
class S2:
    __slots__ = ('a', '__dict__')
class T(S): pass
print(sorted(T.__dict__))
for b in (list, dict, int, str, tuple, set, Exception, bytes, float):
    K = type('K', (b,), {})
    print(b.__name__, '__dict__' in K.__dict__, '__weakref__' in K.__dict__)
try:
    C.__dict__['__dict__'].__get__(5)
except TypeError as e:
    print(e)
C.__dict__['__dict__'].__set__(c, {'y': 2})
print(c.__dict__, c.y)
try:
    C.__dict__['__weakref__'].__set__(c, None)
except AttributeError as e:
    print(e)
del c.__dict__
print(c.__dict__)
r = weakref.ref(c)
print(r() is c)
class M(type): pass
class E(metaclass=M): pass
print(sorted(E.__dict__), type(E.__dict__).__name__)

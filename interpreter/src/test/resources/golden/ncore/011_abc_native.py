# _abc directly: the registry and caches that abc.ABCMeta keeps (CPython's abc.py uses these)
import _abc
from _abc import _abc_init, _abc_register, _abc_instancecheck, _abc_subclasscheck, get_cache_token, _get_dump, _reset_registry, _reset_caches
def abstract(f):
    f.__isabstractmethod__ = True
    return f
class Base:
    @classmethod
    def __subclasshook__(cls, sub):
        if getattr(sub, 'quack', None) is not None:
            return True
        return NotImplemented
    @classmethod
    def __subclasscheck__(cls, sub):
        return _abc_subclasscheck(cls, sub)
    @abstract
    def run(self):
        pass
    def ok(self):
        pass
_abc_init(Base)
print(sorted(Base.__abstractmethods__), type(Base._abc_impl).__name__)
class Child(Base):
    def run(self):
        return 1
_abc_init(Child)
print(sorted(Child.__abstractmethods__))
class Duck:
    def quack(self):
        pass
class Stone:
    pass
class Other:
    pass
t0 = get_cache_token()
print(_abc_subclasscheck(Base, Duck), _abc_subclasscheck(Base, Stone), _abc_subclasscheck(Base, Child))
print(_abc_register(Base, Other) is Other, get_cache_token() > t0, _abc_subclasscheck(Base, Other))
print(_abc_instancecheck(Base, Duck()), _abc_instancecheck(Base, Stone()), _abc_instancecheck(Base, Other()))
reg, cache, neg, ver = _get_dump(Base)
print(sorted(c().__name__ for c in reg), sorted(c().__name__ for c in cache), sorted(c().__name__ for c in neg), ver == get_cache_token())
print(_abc_register(Base, Child) is Child)
try:
    _abc_register(Base, 1)
except TypeError as e:
    print('TypeError', e)
try:
    _abc_subclasscheck(Base, 1)
except TypeError as e:
    print('TypeError', e)
_reset_caches(Base)
_reset_registry(Base)
reg, cache, neg, ver = _get_dump(Base)
print(len(reg), len(cache), len(neg), _abc_subclasscheck(Base, Other))

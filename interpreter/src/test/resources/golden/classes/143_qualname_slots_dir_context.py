# type.__new__ keeps __qualname__ off the class dict; a data descriptor without __get__; a slotted
# instance's read-only class attributes; dir() in a function; float() and a bad __float__; raise
# cutting a context cycle (_PyErr_SetObject)


class Outer:
    class Inner:
        pass


print(Outer.Inner.__qualname__, '__qualname__' in Outer.Inner.__dict__, repr(Outer.Inner).endswith("Outer.Inner'>"))
T = type('T', (), {'__qualname__': 'some.name'})
print(T.__qualname__, '__qualname__' in T.__dict__, T)
T.__qualname__ = 'other'
print(T.__qualname__, T.__name__)
for bad in (lambda: type('U', (), {'__qualname__': 1}), lambda: setattr(T, '__qualname__', 2)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)


class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__['a'] = value


class X:
    a = SetOnly()


x = X()
print(type(x.a).__name__)
x.a = 42
print(x.a)


class B:
    y = 0
    __slots__ = ('z',)


for action in (lambda: setattr(B(), 'y', 1), lambda: delattr(B(), 'y'), lambda: setattr(B(), 'x', 1),
               lambda: B().z, lambda: delattr(B(), 'z')):
    try:
        action()
    except AttributeError as e:
        print('AttributeError:', e)


def has_locals():
    junk = 1
    return dir()


print(has_locals())


class Idx:
    def __index__(self):
        return 7


class BadFloat:
    def __float__(self):
        return 1


print(float(Idx()))
try:
    float(BadFloat())
except TypeError as e:
    print('TypeError:', e)


class A(Exception):
    pass


class Bx(Exception):
    pass


class C(Exception):
    pass


try:
    try:
        raise A
    except A as a_:
        a = a_
        try:
            raise Bx
        except Bx as b_:
            b = b_
            try:
                raise C
            except C as c_:
                c = c_
                raise a
except A as e:
    exc = e
print(exc is a, type(a.__context__).__name__, type(c.__context__).__name__, b.__context__)

# property's members and doc (property_init/property_copy), an unbound super(C) stored in a class,
# private name mangling (_Py_Mangle), and eval() reading the caller's function locals
class C:
    def getx(self): return self.__x
    def setx(self, v): self.__x = v
    def delx(self): del self.__x
    x = property(getx, setx, delx, doc="I'm x")
    @property
    def y(self):
        "y doc"
        return 1
    @y.setter
    def y(self, v): pass
    z = property(doc="hello")
    @z.getter
    def z(self):
        "zz"
        return 2
a = C(); C.x.__set__(a, 100); print(a.x, a._C__x); C.x.__delete__(a); print(hasattr(a, 'x'))
print(C.x.__doc__, C.y.__doc__, C.z.__doc__, property(C.getx).__doc__, property(fset=C.setx).__doc__)
print([n for n in dir(C.x) if n in ('__doc__', 'fget', 'fset', 'fdel')], C.x.fget is C.getx, C.z.fset)
class A:
    def meth(self): return "A"
class B(A):
    def meth(self): return "B" + self.__super.meth()
B._B__super = super(B)
print(B().meth(), type(B.__dict__['_B__super']).__name__, super(B).__thisclass__.__name__, super(B).__self__)
for bad in (lambda: super(B, 42), lambda: super(B).__get__(12), lambda: super(42)):
    try: bad()
    except TypeError as e: print("TypeError:", e)
print(super(B, B()).meth(), super(B, B).meth.__name__)
class C:
    __cls = 5
    def g(self):
        self.__x = 1
        return self.__x, self.__cls, C.__cls
    def __priv(self):
        return 'p'
    def h(self):
        del self.__x
        return self.__priv()
    class __Inner:
        def m(self):
            return self.__y
c = C(); print(c.g(), sorted(k for k in c.__dict__), c.h(), c.__dict__, '_C__priv' in C.__dict__, C._C__Inner.__name__, C._C__Inner.__qualname__)
class ___: 
    def f(self): self.__z = 1; return self.__dict__
print(___().f())
class _D:
    def f(self):
        global __g
        __g = 3
        return [self.__q for self.__q in (1,)], (lambda: __g)()
print(_D().f(), sorted(k for k in globals() if 'g' in k and k.startswith('_')))
def f():
    c = {1: 5}
    x = 1
    print(eval("x"))
    print(eval("c"))
f()
def g():
    c = {1: 5}
    for x in (1,):
        print(eval("x"))
    print(eval("c"))
g()


def locals_and_mapping():
    c = {1: 'one'}
    out = [eval("c[x]") for x in (1,)] if False else []
    for x in (1,):
        out.append(eval("c[x] + y", {'y': '!'}, {'c': c, 'x': x}))
        out.append(eval("c[x]"))
    return out


print(locals_and_mapping())


class Body:
    k = 5
    v = eval("k * 2")


print(Body.v)

# a subclass of super: its instances are of that class, and an unbound one stored in a class binds to it
class A:
    def meth(self, a): return "A(%r)" % a
class B(A):
    def meth(self, a): return "B(%r)" % a + super(B, self).meth(a)
class mysuper(super):
    def __init__(self, *args):
        return super(mysuper, self).__init__(*args)
class E(B):
    def meth(self, a): return "E(%r)" % a + mysuper(E, self).meth(a)
print(E().meth(5))
class F(E):
    def meth(self, a):
        s = self.__super
        return "F(%r)[%s]" % (a, s.__class__.__name__) + s.meth(a)
F._F__super = mysuper(F)
print(F().meth(6))
print(type(mysuper(F, F())).__name__, isinstance(mysuper(F, F()), super))
class C(A):
    def meth(self, a): return "C(%r)" % a + self.__super.meth(a)
C._C__super = super(C)
print(C().meth(3), type(C._C__super).__name__)
class Base(object):
    aProp = property(lambda self: "foo")
class Sub(Base):
    @classmethod
    def test(klass):
        return super(Sub, klass).aProp
    def inst(self):
        return super(Sub, self).aProp
print(Sub.test() is Base.aProp, Sub().inst())
try:
    super(Base, kw=1)
except TypeError as e:
    print("TypeError", e)

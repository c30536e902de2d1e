# list.__init__ refuses keywords unless the subclass has its own __new__
class subclass(list): pass
try:
    subclass(sequence=())
except TypeError as e:
    print("TypeError", e)
class WithNew(list):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self
u = WithNew([1, 2], newarg=3)
print(list(u), u.newarg)

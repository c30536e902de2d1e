# str(), repr() and ascii() keep a str subclass that __str__/__repr__ returns (PyObject_Str,
# PyObject_Repr, PyObject_ASCII for an all-ASCII repr); a plain str stays plain.
class S(str):
    pass

class WithStr:
    def __init__(self, v): self.v = v
    def __str__(self): return self.v

class WithRepr:
    def __init__(self, v): self.v = v
    def __repr__(self): return self.v

for v in (S("abc"), "abc", S("caf\u00e9")):
    print(type(str(WithStr(v))).__name__, str(WithStr(v)))
    print(type(repr(WithRepr(v))).__name__, repr(WithRepr(v)))
    print(type(ascii(WithRepr(v))).__name__, ascii(WithRepr(v)))
print(type(str(S("x"))).__name__, type(repr(S("x"))).__name__, type(S(WithStr(S("y")))).__name__)
try:
    str(WithStr(1))
except TypeError as e:
    print(e)
try:
    repr(WithRepr(None))
except TypeError as e:
    print(e)

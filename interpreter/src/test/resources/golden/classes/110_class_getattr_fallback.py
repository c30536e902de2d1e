import types
class Meta(type):
    def __getattr__(cls, name):
        return "meta-getattr:" + name
class C(metaclass=Meta):
    @types.DynamicClassAttribute
    def dyn(self):
        return "instance dyn"
print(C.dyn, C().dyn, C.other, hasattr(C, "zzz"))
class Plain:
    @types.DynamicClassAttribute
    def dyn(self):
        return 1
print(hasattr(Plain, "dyn"), getattr(Plain, "dyn", "default"), Plain().dyn)
from enum import Enum
class E(Enum):
    A = 1
print(hasattr(E, "name"), hasattr(E.A, "name"), getattr(E, "value", "nv"), E.A.name)

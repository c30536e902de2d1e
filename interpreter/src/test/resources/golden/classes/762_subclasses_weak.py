# object.__subclasses__() holds its subclasses weakly, as CPython's tp_subclasses: classes made and
# dropped in a loop are collected (they used to stay reachable from object forever, with their
# dicts, functions and module source), while live ones stay listed and still see base changes
import gc

class Base:
    def hello(self):
        return "base"

kept = [type("Kept%d" % i, (Base,), {}) for i in range(3)]
n0 = len(object.__subclasses__())
for i in range(2000):
    C = type("Temp%d" % i, (Base,), {"x": i})
del C
gc.collect()
print("object's subclasses grew by less than 50:", len(object.__subclasses__()) - n0 < 50)
print("Base's live subclasses:", sorted(c.__name__ for c in Base.__subclasses__()))
Base.hello = lambda self: "patched"
print([k().hello() for k in kept])

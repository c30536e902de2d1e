# exec(src, module.__dict__) runs in the module itself, as CPython's: the functions it defines see the
# module's later globals, and keep no copy of the globals of the time. A copy held the class a loop
# made in its previous iteration, so dataclasses made in a loop (dataclasses' _create_fn runs exec
# once per generated method, over the class's module's __dict__) were never collected.
import dataclasses
import gc
import sys
import weakref

X = "first"
exec("def read_x():\n    return X\n", globals())
X = "second"
print("read_x sees the module's later global:", read_x())

ns = {}
exec("def local_fn():\n    return X\n", globals(), ns)
print("locals dict got the function:", sorted(ns), ns["local_fn"]())
X = "third"

mod = sys.modules[__name__]
exec("Y = 5", mod.__dict__)
print("Y bound in the module:", Y)
print("eval over the module's dict:", eval("X + '!'", mod.__dict__))

refs = []
for i in range(300):
    @dataclasses.dataclass
    class D:
        x: int
        y: str = "pad" * 100
        def m(self):
            return self.x + i
    d = D(i)
    d.m()
    repr(d)
    d == D(i)
    refs.append(weakref.ref(D))
del D, d
gc.collect()
print("of 300 dataclasses made in a loop, at most 5 still alive:", sum(r() is not None for r in refs) <= 5)

# module.name reads and module.f(...) calls through one site while modules change under it: the
# site's cached cell must give what getattr gives.
import math
import sys
import types

a = types.ModuleType("a")
b = types.ModuleType("b")
a.v = 1
b.v = "b's"
a.f = lambda x: ("a.f", x)
b.f = lambda x: ("b.f", x)


def read_v(m):
    return m.v          # one attribute site for every module


def call_f(m, x):
    return m.f(x)       # one method-call site


out = []
for step in range(7):
    if step == 1:
        a.v = 2                         # rebound
    if step == 2:
        del a.v                         # unbound: AttributeError
    if step == 3:
        a.v = 3                         # bound again
    if step == 4:
        a.__dict__["v"] = 4             # through the module's dict
    if step == 5:
        setattr(a, "v", 5)
    if step == 6:
        vars(a).pop("v")
    for m in (a, b):
        try:
            out.append(read_v(m))
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
print(out)

for step in range(4):
    if step == 1:
        a.f = lambda x: ("new a.f", x)
    if step == 2:
        del a.f
    if step == 3:
        a.__getattr__ = lambda name: (lambda x: ("module __getattr__", name, x))
    for m in (a, b):
        try:
            print(step, call_f(m, step))
        except AttributeError as e:
            print(step, "AttributeError:", e)

# a module-level __getattr__ (PEP 562) answers names the module lacks, at a cached site too
c = types.ModuleType("c")
c.__getattr__ = lambda name: "lazy " + name
c.v = "real"
print(read_v(c))
del c.v
print(read_v(c))
c.v = "real again"
print(read_v(c))


def dunder(m):
    return m.__name__


print(dunder(a), dunder(b), dunder(math), dunder(sys))
a.__name__ = "renamed"
print(dunder(a))


def pi(m):
    return m.pi, m.sqrt(16.0)


print(pi(math))
saved = math.pi
math.pi = 3
print(pi(math))
math.pi = saved
print(pi(math))

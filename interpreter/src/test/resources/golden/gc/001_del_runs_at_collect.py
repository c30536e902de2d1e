# __del__ runs once the object is unreachable and gc.collect() returns (gilspy: at the
# collection, CPython: at once); inherited, added later, on builtin subclasses, in cycles.
import gc
import sys

log = []


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append("closed " + self.name)


class Sub(Res):
    pass


def show(what):
    gc.collect()
    print(what, log)
    log.clear()


r = Res("a")
del r
show("plain")

s = Sub("b")
s = None
show("inherited")


class Later:
    pass


Later.__del__ = lambda self: log.append("later")
x = Later()
del x
show("added later")

# one collection for all seven (each gc.collect() is a full JVM collection: seconds at load 30)
o = [type("B_" + base.__name__, (base,), {"__del__": lambda self: log.append(type(self).__name__)})()
     for base in (dict, list, tuple, set, frozenset, bytes, bytearray)]
del o
gc.collect()
print("builtin bases", sorted(log))
log.clear()

p = Res("p")
q = Res("q")
p.other = q
q.other = p
del p, q
gc.collect()
print("cycle", sorted(log))
log.clear()

# resurrection: __del__ runs once only (PEP 442)
saved = []


class Phoenix:
    def __del__(self):
        log.append("phoenix")
        saved.append(self)


ph = Phoenix()
del ph
show("resurrected")
saved.clear()
show("dropped again")


# an exception in __del__ goes to sys.unraisablehook and nothing else happens
class Bad:
    def __del__(self):
        raise ValueError("boom")


seen = []
sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, str(u.exc_value), u.object.__qualname__))
b = Bad()
del b
gc.collect()
sys.unraisablehook = sys.__unraisablehook__
print("unraisable", seen)


# a free iterator over a subclass lets it go once exhausted (test_free_after_iterating); every
# case is set up first and judged after one collection
def after_iterating(base, make=iter):
    done = []

    class A(base):
        def __del__(self):
            try:
                next(it)
            except StopIteration:
                done.append(True)

    it = make(A())
    try:
        next(it)
    except StopIteration:
        pass
    return done


cases = [after_iterating(b) for b in (dict, list, tuple, set, bytes, bytearray)]
cases += [after_iterating(list, reversed), after_iterating(dict, lambda d: iter(d.items()))]
gc.collect()
print("free after iterating", [bool(done) for done in cases[:6]], bool(cases[6]), bool(cases[7]))

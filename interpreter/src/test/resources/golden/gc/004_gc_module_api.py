# The gc module's answers that programs (and CPython's test helpers) rely on: debug flags,
# callbacks around a collection, get_stats, is_finalized (set once __del__ has returned),
# __del__ at most once also when it resurrects the object (PEP 442), cycles with __del__
# collected without gc.garbage, get_referents of containers.
import gc

print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE,
      gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(0)
print(gc.get_debug(), gc.isenabled(), gc.get_threshold())
gc.disable()
print(gc.isenabled())
gc.enable()

phases = []


def cb(phase, info):
    phases.append((phase, info["generation"], sorted(info)))


gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(phases)
gc.collect()
print(len(phases))

stats = gc.get_stats()
print(len(stats), sorted(stats[2]), stats[2]["collections"] >= 1)

survivors = []
calls = []


class Phoenix:
    def __del__(self):
        calls.append(("del", gc.is_finalized(self)))
        survivors.append(self)


p = Phoenix()
print("before", gc.is_finalized(p), gc.is_finalized(1), gc.is_finalized(object()))
del p
gc.collect()
print(calls, len(survivors), gc.is_finalized(survivors[0]))
survivors.clear()
gc.collect()
gc.collect()
print(calls, survivors)


class Cyc:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        calls.append(self.name)


calls.clear()
a, b = Cyc("a"), Cyc("b")
a.other, b.other = b, a
del a, b
gc.collect()
print(sorted(calls), gc.garbage)

print(gc.get_referents([1, (2,), "x"]), gc.get_referents({"k": [3]}))
for bad in (-1, 3):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError", e)
print(gc.collect(0), gc.collect(generation=1))

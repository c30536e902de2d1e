# A list/set/dict comprehension's loop variable does not keep its last element alive once the
# comprehension is done (CPython runs it in a frame of its own): __del__ and weakref callbacks of
# all the elements run at the next gc.collect(), while the function that ran it is still running.
import gc
import weakref

calls = []


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        calls.append(self.name)


def run(kind):
    nodes = [Node(kind + str(i)) for i in range(3)]
    if kind == "list":
        ids = [id(n) for n in nodes]
    elif kind == "set":
        ids = {id(n) for n in nodes}
    elif kind == "dict":
        ids = {id(n): i for i, n in enumerate(nodes)}
    else:
        ids = [id(a) + id(b) for a in nodes for b in nodes if a is not b]
    refs = [weakref.ref(n) for n in nodes]
    del nodes
    gc.collect()
    print(kind, len(ids), sorted(calls), [r() is None for r in refs])
    calls.clear()


for kind in ("list", "set", "dict", "nested"):
    run(kind)


# at module level too
nodes = [Node("m" + str(i)) for i in range(2)]
total = sum([1 for n in nodes])
del nodes
gc.collect()
print("module", total, sorted(calls))

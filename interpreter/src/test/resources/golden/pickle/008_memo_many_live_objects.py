# Ten thousand live objects: every id() differs, so the picklers' memos (keyed by id) never mix two of them up.
import copy
import pickle

objects = [(str(i).encode("ascii"), i % 42, {"i": str(i)}) for i in range(10000)]
ids = {}
clash = 0
for o in objects:
    for x in (o, o[0], o[2], o[2]["i"]):
        if id(x) in ids and ids[id(x)] is not x:
            clash += 1
        ids[id(x)] = x
print("distinct ids", len(ids), "clashes", clash)
for proto in (2, 4, 5):
    print(proto, pickle.loads(pickle._dumps(objects, proto)) == objects, pickle.loads(pickle.dumps(objects, proto)) == objects)
print(copy.deepcopy(objects) == objects)


class C:
    pass


x = C()
x.foo = 42
x.bar = "hello"
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for loads, dumps in ((pickle.loads, pickle.dumps), (pickle._loads, pickle._dumps)):
        y = loads(dumps(x, proto))
        print(proto, all(a is b for a, b in zip(sorted(x.__dict__), sorted(y.__dict__))))

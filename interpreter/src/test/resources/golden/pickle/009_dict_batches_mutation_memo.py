# _pickle's dict saving (batch_dict_exact): many keys across SETITEMS batches, the keys as put
# (1.0, True) kept, a dict changed by a __reduce__ during its own pickling, and the memo of shared
# and recursive objects; the bytes are compared with the pure-Python pickler's and printed as digests.
import hashlib, pickle, pickletools


def digest(b):
    return hashlib.sha256(b).hexdigest()[:16]


big = {"k%d" % i: i for i in range(2500)}
for proto in range(6):
    c = pickle.dumps(big, proto)
    print(proto, len(c), digest(c), c == pickle._dumps(big, proto), pickle.loads(c) == big)

odd = {1.0: "float", 2: "two", False: "false", "s": 3}
for proto in (0, 1, 2, 5):
    c = pickle.dumps(odd, proto)
    back = pickle.loads(c)
    print(proto, digest(c), [(type(k).__name__, k) for k in back], c == pickle._dumps(odd, proto))
one = {True: 1}
print([type(k).__name__ for k in pickle.loads(pickle.dumps(one, 2))], pickle.dumps(one, 2) == pickle._dumps(one, 2))


class Adder:
    """Adds a key to the dict holding it when pickled."""
    def __init__(self, d, key):
        self.d, self.key = d, key

    def __reduce__(self):
        if self.key is not None:
            self.d[self.key] = 0
        return (int, (7,))


class Swapper:
    """Removes one key of the dict holding it and adds another (same size) when pickled."""
    def __init__(self, d, gone, new):
        self.d, self.gone, self.new = d, gone, new

    def __reduce__(self):
        del self.d[self.gone]
        self.d[self.new] = "new"
        return (str, ("swapped",))


def attempt(label, d, dumps, proto=5):
    try:
        c = dumps(d, proto)
        back = pickle.loads(c)
        print(label, "ok", sorted(back.items(), key=repr) if len(back) < 10 else (len(back), back[1200], "late" in back))
    except RuntimeError as e:
        print(label, "RuntimeError", e)


for name, dumps in (("c", pickle.dumps), ("py", pickle._dumps)):
    d = {"a": 1}
    d["x"] = Adder(d, "added")
    d["z"] = 2
    attempt(name + " grow", d, dumps)
    d = {i: i for i in range(1500)}
    d[1200] = Adder(d, "late")  # in the second batch
    attempt(name + " grow2", d, dumps)
    d = {"a": 1, "b": 2, "c": 3, "d": 4}
    d["b"] = Swapper(d, "d", "e")  # a later key goes, a new one comes last
    attempt(name + " swap-later", d, dumps)
    d = {"a": 1, "b": 2, "c": 3, "d": 4}
    d["c"] = Swapper(d, "a", "e")  # an earlier key goes
    attempt(name + " swap-earlier", d, dumps)
    d = {"a": 1, "b": 2, "c": 3}
    d["c"] = Adder(d, None)  # no change
    attempt(name + " nochange", d, dumps, 1)

shared = [1, 2]
inner = {"s": shared}
doc = {"one": shared, "two": shared, "in": inner, "again": inner, "t": (shared, inner)}
doc["self"] = doc
for proto in (0, 2, 5):
    c = pickle.dumps(doc, proto)
    back = pickle.loads(c)
    print(proto, digest(c), c == pickle._dumps(doc, proto), back["self"] is back,
          back["one"] is back["two"] is back["in"]["s"] is back["t"][0], back["again"] is back["in"])
ops = [op.name for op, arg, pos in pickletools.genops(pickle.dumps(doc, 2))]
print(ops.count("BINGET") + ops.count("LONG_BINGET"), ops.count("BINPUT"), ops.count("SETITEMS"), ops.count("SETITEM"))

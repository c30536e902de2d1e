# pickle round trips over the Java _pickle: every protocol, files, subclass hooks
import collections
import copyreg
import io
import pickle


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __getstate__(self):
        return (self.a, self.b)

    def __setstate__(self, st):
        self.a, self.b = st


class Money(int):
    def __new__(cls, v, cur):
        o = super().__new__(cls, v)
        o.cur = cur
        return o

    def __getnewargs__(self):
        return (int(self), self.cur)


class Tagged(list):
    pass


Pair = collections.namedtuple("Pair", "left right")

print(pickle.Pickler.__module__, pickle.Unpickler.__module__, pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
root = Node("root")
kid = root.add(Node("kid"))
kid.add(Node("grandkid"))
shared = {"k": [1, 2]}
data = [None, True, False, 0, -5, 2**100, -2**64, 1.25, float("inf"), "text", "ünïcode\n\\", b"\x00raw", bytearray(b"ba"),
        (), (1,), (1, 2, 3, 4), [], {}, set(), {1, 2}, frozenset({3}), shared, shared, root, Slotted(1, [2]), Money(5, "EUR"),
        Tagged([1, 2]), Pair(1, "r"), collections.OrderedDict(z=1, a=2), collections.deque([1, 2], 3),
        collections.defaultdict(int, a=1), range(2, 8, 3), slice(1, None, 2), 3 + 4j, len, Node, type(None),
        ValueError("v", 1), KeyError("k")]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    out = pickle.loads(pickle.dumps(data, proto))
    r = out[23]
    print(proto, out[:21])
    print(" ", out[21] is out[22], r.name, [c.name for c in r.children], r.children[0].parent is r,
          r.children[0].children[0].parent.name)
    sl = out[24]
    print(" ", sl.a, sl.b, out[25], out[25].cur, type(out[25]).__name__, type(out[26]).__name__, out[26], out[27])
    print(" ", out[28], out[29], out[29].maxlen, out[30], out[31:37], repr(out[37]), repr(out[38]))

buf = io.BytesIO()
pickle.dump({"first": 1}, buf)
pickle.dump(["second"], buf, protocol=2)
pickle.dump("third" * 20000, buf, protocol=5)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf), len(pickle.load(buf)), buf.read())

big = [{"id": i, "name": "n%d" % i} for i in range(5000)]
blob = pickle.dumps(big)
print(len(blob), pickle.loads(blob) == big)
bf = io.BytesIO()
pickle.Pickler(bf, 4).dump(big)
bf.seek(0)
print(bf.getvalue() == blob, pickle.Unpickler(bf).load()[4999])


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Node):
            return ("node", obj.name)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, name = pid
        return "<loaded %s %s>" % (kind, name)


f = io.BytesIO()
DBPickler(f).dump([root, 1, kid])
f.seek(0)
print(DBUnpickler(f).load())

class TextIds(pickle.Pickler):
    def persistent_id(self, obj):
        return "node:" + obj.name if isinstance(obj, Node) else None


class TextLoad(pickle.Unpickler):
    def persistent_load(self, pid):
        return "<%s>" % pid


for proto in (0, 1, 4):
    f = io.BytesIO()
    TextIds(f, protocol=proto).dump([kid, "x"])
    f.seek(0)
    print(proto, TextLoad(f).load())


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "builtins" and name in ("set", "frozenset"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


print(Restricted(io.BytesIO(pickle.dumps({1, 2}, 4))).load())
try:
    Restricted(io.BytesIO(pickle.dumps(Node("x")))).load()
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)


class Tab(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()


Tab.dispatch_table[Node] = lambda n: (str, ("node " + n.name,))
f = io.BytesIO()
Tab(f).dump([Node("tabled")])
print(pickle.loads(f.getvalue()))


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Node:
            return (str, ("the Node class",))
        return NotImplemented


f = io.BytesIO()
Override(f).dump([Node, 1, "s"])
print(pickle.loads(f.getvalue()))
copyreg.add_extension("__main__", "Node", 240)
print(pickle.dumps(Node, 2), pickle.loads(pickle.dumps(Node, 2)) is Node)
copyreg.remove_extension("__main__", "Node", 240)
print(pickle.loads(b"(lp0\nI1\naS'py2 str'\np1\na."), pickle.loads(b"\x80\x02U\x03abcq\x00.", encoding="bytes"))
print(pickle.loads(b"c__builtin__\nset\n((lI1\natR."), pickle.loads(b"\x80\x02c__builtin__\nxrange\nK\x00K\x03K\x01\x87R."))

# PEP 574's PickleBuffer in band and out of band, and subclasses of bytes, bytearray, set, frozenset.
import pickle


class ZeroCopyBytes(bytes):
    def __reduce_ex__(self, protocol):
        if protocol >= 5:
            return type(self)._reconstruct, (pickle.PickleBuffer(self),), None
        return type(self)._reconstruct, (bytes(self),)

    @classmethod
    def _reconstruct(cls, obj):
        with memoryview(obj) as m:
            obj = m.obj
            return obj if type(obj) is cls else cls(obj)


class ZeroCopyBytearray(bytearray):
    def __reduce_ex__(self, protocol):
        if protocol >= 5:
            return type(self)._reconstruct, (pickle.PickleBuffer(self),), None
        return type(self)._reconstruct, (bytes(self),)

    @classmethod
    def _reconstruct(cls, obj):
        with memoryview(obj) as m:
            obj = m.obj
            return obj if type(obj) is cls else cls(obj)


pb = pickle.PickleBuffer(b"foobar")
print(type(pb).__module__, type(pb).__name__, bytes(pb.raw()), bytes(memoryview(pb)), bytearray(pb))
with pb.raw() as m:
    print(m.readonly, m.contiguous, m.nbytes)
for kind, dumps, loads in [("C", pickle.dumps, pickle.loads), ("Python", pickle._dumps, pickle._loads)]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            dumps(pb, proto)
        except pickle.PickleError as e:
            print(kind, proto, type(e).__name__, e)
    for obj in (ZeroCopyBytes(b"abcdefgh"), ZeroCopyBytearray(b"abcdefgh")):
        for proto in (2, 5):
            data = dumps(obj, proto)
            new = loads(data)
            print(kind, proto, type(new).__name__, new == obj, new is obj, b"abcdefgh" in data)
        buffers = []
        data = dumps(obj, 5, buffer_callback=buffers.append)
        print(kind, "oob", b"abcdefgh" in data, len(buffers), loads(data, buffers=buffers) is obj)
        print(kind, "oob copy", loads(data, buffers=map(bytearray, buffers)) == obj)
        try:
            loads(data)
        except pickle.UnpicklingError as e:
            print(kind, "no buffers:", e)
    pb.release()
    try:
        bytes(pb)
    except ValueError as e:
        print(kind, "released:", e)
    pb = pickle.PickleBuffer(bytearray(b"xy"))


class MySet(set):
    pass


class MyFrozenSet(frozenset):
    pass


class MyBytes(bytes):
    pass


class MyBytearray(bytearray):
    pass


for cls, value in [(MySet, {"a"}), (MyFrozenSet, {"b"}), (MyBytes, b"c"), (MyBytearray, b"d")]:
    x = cls(value)
    x.foo = 42
    print(repr(x), type(x).__name__, x.__dict__)
    for proto in (0, 2, 5):
        y = pickle.loads(pickle.dumps(x, proto))
        print(" ", proto, type(y).__name__, y == x, y.__dict__)
print(repr(MySet()), repr(MyFrozenSet()))


class IntNew(int):
    __new__ = int.__new__


print(IntNew(5), type(IntNew(5)).__name__)

import pickle


class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


vals = [1, -1, 300, -300, 2**40, 2**70, -2**70, 1.5, "hé", b"x", True, None, (1,), (), {"a": 1}, {1},
        frozenset([2]), [1, [2, (3, 4, 5, 6)]], ValueError("boom"), len]
# CPython 3.11: pickle.dumps(vals, 4); the 11 bytes after PROTO are its FRAME header
CPYTHON = bytes.fromhex(
    "800495af000000000000005d94284b014affffffff4d2c014ad4feffff8a060000000000018a090000000000000000408a"
    "090000000000000000c0473ff80000000000008c0368c3a99443017894884e4b018594297d948c0161944b01738f94284b01"
    "90284b0291945d94284b015d94284b02284b034b044b054b06749465658c086275696c74696e73948c0a56616c75654572"
    "726f729493948c04626f6f6d94859452948c086275696c74696e73948c036c656e949394652e")
print(pickle.loads(CPYTHON))
print(pickle.dumps(vals)[2:] in (CPYTHON[2:], CPYTHON[11:]))
p = pickle.loads(pickle.dumps(Pt(1, [2.5, "x"])))
print(type(p).__name__, p.x, p.y)
try:
    pickle.dumps(lambda: 0)
except pickle.PicklingError as e:
    print(type(e).__module__, str(e).split(" at ")[0])


def outer():
    def inner():
        pass
    return inner


try:
    pickle.dumps(outer())
except AttributeError as e:
    print(e)
try:
    pickle.loads(b"\x80\x04\xff.")
except pickle.UnpicklingError as e:
    print(e)

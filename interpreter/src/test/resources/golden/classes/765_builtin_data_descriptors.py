# The data attributes of builtin types are getset/member descriptors when read from the type,
# as in CPython: inspect, types and test suites look them up there.
import _io
import types

for d in (int.real, int.numerator, float.imag, complex.real, slice.start, range.stop,
          BaseException.args, staticmethod.__func__, _io.FileIO.closed):
    print(type(d).__name__, d.__name__, d.__qualname__, d.__objclass__.__name__, repr(d))
print(bool.real is int.real, bool.real.__objclass__ is int)
print(complex.real.__doc__, "|", _io.FileIO.closed.__doc__, "|", int.numerator.__doc__)
print(isinstance(int.real, types.GetSetDescriptorType), isinstance(complex.real, types.MemberDescriptorType))
print(int.real.__get__(5), complex.imag.__get__(3 + 4j), float.real.__get__(2.5, float))
print("numerator" in int.__dict__, int.__dict__["denominator"] is int.denominator, "real" in bool.__dict__)
print(sorted(k for k in complex.__dict__ if not k.startswith("_")))
try:
    int.real.__set__(5, 6)
except AttributeError as e:
    print("AttributeError", e)


# repr() falls back to the default when the class's __repr__ descriptor fails to bind
class R:
    @property
    def __repr__(self):
        raise AttributeError("no repr")


print(repr(R()).startswith("<R object at 0x"))


class Fine:
    @property
    def __repr__(self):
        return lambda: "fine"


print(repr(Fine()))


# list() and tuple() ask a Python iterable for its length hint first, as CPython's
class Hinted:
    def __init__(self, hint):
        self.hint = hint
        self.calls = 0

    def __length_hint__(self):
        self.calls += 1
        return self.hint

    def __iter__(self):
        return iter([1, 2, 3])


h = Hinted(10)
print(list(h), tuple(h), h.calls)
l = []
l.extend(h)
print(l, h.calls)
print(list(Hinted(NotImplemented)))
for bad in (-1, "x"):
    try:
        list(Hinted(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

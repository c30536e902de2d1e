# A codec function's exception is wrapped ("encoding with 'x' codec failed (T: msg)", same type, the
# original as __cause__) only when its type can be made again from the message (Python/codecs.c).
import codecs

raised = [None]


def boom(*args):
    raise raised[0]


def search(name):
    if name == "chain_test":
        return codecs.CodecInfo(boom, boom, name="chain_test")
    return None


codecs.register(search)


class Plain(RuntimeError):
    pass


class Slotted(RuntimeError):
    __slots__ = ()


class WithSlot(RuntimeError):
    __slots__ = ("x",)


class OwnInit(RuntimeError):
    def __init__(self, *a):
        super().__init__(*a)


class OwnNew(RuntimeError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)


def attr():
    e = RuntimeError("has attr")
    e.attr = 1
    return e


cases = [
    ("type", lambda: RuntimeError),
    ("value", lambda: RuntimeError("msg")),
    ("no args", lambda: ValueError()),
    ("subclass", lambda: Plain("p")),
    ("empty slots", lambda: Slotted("s")),
    ("slot", lambda: WithSlot("w")),
    ("own init", lambda: OwnInit("i")),
    ("own new", lambda: OwnNew("n")),
    ("attribute", attr),
    ("int arg", lambda: RuntimeError(1)),
    ("two args", lambda: RuntimeError("a", "b")),
    ("KeyError", lambda: KeyError("k")),
    ("UnicodeError", lambda: UnicodeError("u")),
    ("OSError", lambda: OSError("o")),
    ("StopIteration", lambda: StopIteration("s")),
    ("AttributeError", lambda: AttributeError("a")),
    ("NameError", lambda: NameError("n")),
    ("ImportError", lambda: ImportError("i")),
    ("SyntaxError", lambda: SyntaxError("s")),
]

calls = [
    ("str.encode", lambda: "text".encode("chain_test")),
    ("codecs.encode", lambda: codecs.encode("text", "chain_test")),
    ("bytes.decode", lambda: b"data".decode("chain_test")),
    ("codecs.decode", lambda: codecs.decode(b"data", "chain_test")),
]

for label, make in cases:
    for call_name, call in calls:
        raised[0] = make()
        try:
            call()
        except BaseException as e:
            cause = e.__cause__
            print(label, call_name, type(e).__name__, repr(str(e)),
                  type(cause).__name__ if cause is not None else None,
                  cause is not None and cause.__traceback__ is not None, e.__suppress_context__)

# the lookup failure itself is not wrapped; a bad return value is not wrapped
for call in (lambda: "x".encode("no_such_codec_here"), lambda: codecs.decode(b"x", "no_such_codec_here")):
    try:
        call()
    except LookupError as e:
        print("lookup", repr(str(e)), e.__cause__)


def bad_pair(name):
    if name == "bad_pair":
        return codecs.CodecInfo(lambda *a: 1, lambda *a: 1, name="bad_pair")
    return None


codecs.register(bad_pair)
for call in (lambda: "x".encode("bad_pair"), lambda: codecs.encode("x", "bad_pair")):
    try:
        call()
    except TypeError as e:
        print("bad pair", repr(str(e)), e.__cause__)

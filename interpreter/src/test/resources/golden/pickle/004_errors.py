# the errors _pickle raises, worded as CPython words them
import io
import pickle


def outer():
    class Local:
        pass
    return Local


class Gone:
    pass


Alias = Gone


class Gone:  # noqa: F811 - rebinding the name on purpose
    pass


class BadReduce:
    def __init__(self, rv):
        self.rv = rv

    def __reduce__(self):
        return self.rv


def attempt(fn):
    try:
        fn()
        print("no error")
    except Exception as e:
        msg = str(e)
        if " at 0x" in msg:
            msg = msg.split(" at 0x")[0] + ">..."
        print(type(e).__module__, type(e).__name__, "|", msg)


attempt(lambda: pickle.dumps(lambda: 0))
attempt(lambda: pickle.dumps(outer()))
attempt(lambda: pickle.dumps(Alias))
attempt(lambda: pickle.dumps((i for i in ())))
attempt(lambda: pickle.dumps(io))
attempt(lambda: pickle.dumps(1, protocol=6))
for rv in [5, (), (len,), (5, ()), (len, 5), (len, (), None, 5), (len, (), None, None, 5), (len, (), 1, None, None, 5),
           (len, (), None, None, None, None, 7)]:
    attempt(lambda: pickle.dumps(BadReduce(rv)))
attempt(lambda: pickle.loads(b""))
attempt(lambda: pickle.loads(b"\x80\x04K"))
attempt(lambda: pickle.loads(b"\xff"))
attempt(lambda: pickle.loads(b"z"))
attempt(lambda: pickle.loads(b"K\x01"))
attempt(lambda: pickle.loads(b"\x80\x09."))
attempt(lambda: pickle.loads(b"0."))
attempt(lambda: pickle.loads(b"t."))
attempt(lambda: pickle.loads(b"h\x05."))
attempt(lambda: pickle.loads(b"cbuiltins\nnope\n."))
attempt(lambda: pickle.loads(b"cno_such_module_xyz\nx\n."))
attempt(lambda: pickle.loads(b"S'unquoted\n."))
attempt(lambda: pickle.loads(b"Pid\n."))
attempt(lambda: pickle.loads("text"))
attempt(lambda: pickle.loads(b"\x80\x04\x8c\x01a\x8c\x01b\x93."))
attempt(lambda: pickle.loads(b"\x80\x04K\x01K\x02\x93."))
attempt(lambda: pickle.Unpickler(io.BytesIO(b"")).load())
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError),
      pickle.PickleError.__module__)
deep = []
for _ in range(100000):
    deep = [deep]
attempt(lambda: pickle.dumps(deep))

# Details of the object protocol that typing and CPython's tests rely on.
import pickle
import types


class WithNew:
    def __new__(cls, *args):
        return super().__new__(cls)


class Plain:
    pass


class Sub(Plain):
    pass


class InitCallsUp:
    def __init__(self, x):
        super().__init__(x)


for make in (lambda: Plain(1), lambda: Sub(1), lambda: Sub(x=1), lambda: InitCallsUp(1), lambda: WithNew(1)):
    try:
        print(type(make()).__name__)
    except TypeError as e:
        print("TypeError:", e)


class NotIterable:
    __iter__ = None

    def __getitem__(self, i):
        return i


try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)


class Checker:
    def __subclasscheck__(self, sub):
        return sub == "anything"


print(issubclass("anything", Checker()))
try:
    issubclass("anything", Plain)
except TypeError as e:
    print("TypeError:", e)

__name__ = "renamed.module"


class Later:
    pass


print(Later.__module__)


class Listing:
    def __dir__(self):
        return ["extra"] + super().__dir__()


print("extra" in dir(Listing()), "__init__" in dir(Listing()))
print(pickle.loads(pickle.dumps(...)) is ..., pickle.loads(pickle.dumps(NotImplemented)) is NotImplemented)


def f():
    pass


print(f.__code__ is f.__code__, "__call__" in types.FunctionType.__dict__, "__call__" in types.MethodType.__dict__)
print("__round__" in int.__dict__, "__round__" in float.__dict__, "__bytes__" in bytes.__dict__, round(2.5), bytes.__bytes__(b"x"))
for v in (3, 3.0, "s", object()):
    try:
        type(v).__format__(v, None)
    except TypeError as e:
        print("TypeError:", e)


class BadMeta:
    def __prepare__(*args):
        return None

    def __call__(self, *args):
        return None


try:
    class Bar(metaclass=BadMeta()):
        pass
except TypeError as e:
    print("TypeError:", e)

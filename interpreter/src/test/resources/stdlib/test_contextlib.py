from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout
import contextlib

log = []


@contextmanager
def tag(name):
    log.append("enter " + name)
    try:
        yield name.upper()
    finally:
        log.append("exit " + name)


with tag("a") as value:
    log.append("body " + value)
print(log, tag.__name__)
try:
    with tag("b"):
        raise KeyError("inside")
except KeyError as e:
    print("KeyError:", e, log[-1])


@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)


with swallow():
    raise ValueError("oops")
print("after swallow")


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@tag("deco")
def decorated():
    log.append("in decorated")


decorated()
print(log[-3:])

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        raise IndexError("not suppressed")
except IndexError as e:
    print("IndexError:", e)


class Resource:
    def close(self):
        print("closed resource")


with closing(Resource()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print("null", v)

with ExitStack() as stack:
    for n in ["x", "y", "z"]:
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print(log[-3:])
print(log[-3:])


class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("Quiet exit", exc[0].__name__ if exc[0] else None)
        return True


with ExitStack() as stack:
    stack.enter_context(Quiet())
    raise RuntimeError("suppressed by Quiet")
print("after stack")
with ExitStack() as stack:
    stack.callback(print, "never")
    moved = stack.pop_all()
moved.close()


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


o = Out()
with redirect_stdout(o):
    print("captured")
print(o.parts)

import contextlib
import threading

log = []


@contextlib.contextmanager
def tag(name):
    log.append("enter " + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append("handled " + str(e))
    finally:
        log.append("exit " + name)


with tag("a") as v:
    log.append("body " + v)
with tag("b"):
    raise KeyError("k")
print(log)

with contextlib.suppress(ZeroDivisionError, ValueError):
    1 / 0
print("suppressed")

lock = threading.Lock()
with contextlib.ExitStack() as stack:
    stack.enter_context(lock)
    stack.callback(log.append, "callback ran")
    names = [stack.enter_context(tag(n)) for n in "xy"]
    print(names, lock.locked())
print(lock.locked(), log[-4:])


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        return et is RuntimeError


with Resource("r1") as r1, Resource("r2") as r2:
    raise RuntimeError("swallowed")
print("after", r1.name, r2.name)
with contextlib.nullcontext(5) as five:
    print(five)

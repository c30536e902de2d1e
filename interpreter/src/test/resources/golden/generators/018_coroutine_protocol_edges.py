# Coroutine and generator protocol details as CPython 3.11 has them.
import types, sys

async def answer():
    return 42

coro = answer()
for what in (list, tuple, iter):
    try:
        what(coro)
    except TypeError as e:
        print(what.__name__, "TypeError:", e)
print("cr_suspended before start:", coro.cr_suspended, coro.cr_await)
try:
    coro.send(None)
except StopIteration as e:
    print("returned", e.value)
for step in ("send", "throw"):
    try:
        coro.send(None) if step == "send" else coro.throw(ValueError("x"))
    except RuntimeError as e:
        print(step, "RuntimeError:", e)
coro.close()

# 'yield from' a coroutine inside a types.coroutine generator
async def spam():
    return "spam"

@types.coroutine
def bridge(c):
    return (yield from c)

g = bridge(spam())
try:
    g.send(None)
except StopIteration as e:
    print("bridge returned", e.value)

def plain(c):
    return (yield from c)

c = spam()
try:
    next(plain(c))
except TypeError as e:
    print("TypeError:", e)
c.close()

# awaiting a coroutine that another await is already running
@types.coroutine
def nop():
    yield

async def inner():
    await nop()

async def waiter(c):
    await c

c = inner()
c.send(None)
print("cr_await while suspended:", type(c.cr_await).__name__)
try:
    waiter(c).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()

# async with / async for protocol messages
class NoAexit:
    async def __aenter__(self):
        return self

class BadEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *e):
        pass

class BadExit:
    async def __aenter__(self):
        return self
    def __aexit__(self, *e):
        return 2

class BadNext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return ()

async def use(cm):
    async with cm:
        pass

async def loop(it):
    async for x in it:
        pass

for make in (lambda: use(NoAexit()), lambda: use(BadEnter()), lambda: use(BadExit()), lambda: loop(BadNext())):
    try:
        make().send(None)
    except TypeError as e:
        print("TypeError:", e)

# generators: the handled exception is the context of one thrown in at a yield inside except
def gen():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            yield 1
        except ValueError as exc:
            print("context:", repr(exc.__context__))
            yield 2

g = gen()
next(g)
print(g.throw(ValueError))

class E(Exception):
    def __new__(cls, *args):
        return cls

def boring():
    yield

g = boring()
try:
    g.throw(E)
except TypeError as e:
    print("TypeError:", e)
g = boring()
for name in ("__name__", "__qualname__"):
    try:
        delattr(g, name)
    except TypeError as e:
        print("TypeError:", e)

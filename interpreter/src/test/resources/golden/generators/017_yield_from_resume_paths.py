# A generator suspended in `yield from` / `await` is resumed by stepping its sub-iterator directly;
# every outcome of that step must still reach the delegating expression as before: values passed up
# through several levels, send(), throw() caught below or above, close(), a return value, an
# exception raised by the sub-iterator and caught around the `yield from`, iterators that are not
# generators, gi_yieldfrom, and the same through `await` in coroutines.
import types


def leaf(n):
    got = []
    for i in range(n):
        x = yield "leaf%d" % i
        if x is not None:
            got.append(x)
    return ("leaf-done", got)


def middle(n):
    r = yield from leaf(n)
    yield ("middle saw", r)
    try:
        yield from boom()
    except ValueError as e:
        yield ("middle caught", str(e))
    v = (yield from leaf(1)) or "none"
    return ("middle-done", v)


def boom():
    yield "before boom"
    raise ValueError("boom")


def top(n):
    r = yield from middle(n)
    yield ("top saw", r)
    yield from iter([1, 2, 3])
    yield from Countdown(2)
    return "top-done"


class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("unused")
        self.n -= 1
        return "count%d" % self.n


g = top(3)
print(next(g))
print(g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_yieldfrom.__name__)
print(g.send("a"))
print(g.send("b"))
out = []
while True:
    try:
        out.append(g.send(None))
    except StopIteration as e:
        out.append(("stop", e.value))
        break
for o in out:
    print(o)
print(g.gi_yieldfrom)


# throw() into a three-level chain: caught at the leaf, at the middle, or nowhere
def catcher():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            yield "leaf caught %r" % (e,)


def passer():
    try:
        yield from catcher()
    except IndexError as e:
        yield "passer caught %r" % (e,)
        return "passer-ret"


def outer():
    r = yield from passer()
    yield "outer got %r" % (r,)


g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(g.throw(IndexError("i")))
print(next(g))
try:
    g.throw(TypeError("t"))
except TypeError as e:
    print("escaped", repr(e), g.gi_frame)

# close() while delegating runs the finally blocks at every level
log = []


def fin(name, inner):
    try:
        if inner is None:
            yield name
            yield name + "-again"
        else:
            yield from inner
    finally:
        log.append("finally " + name)


g = fin("a", fin("b", fin("c", None)))
print(next(g), next(g))
g.close()
print(log, g.gi_yieldfrom)


# StopIteration raised inside a sub-generator becomes RuntimeError (PEP 479) at its level
def bad():
    yield 1
    raise StopIteration("x")


def wrap():
    try:
        yield from bad()
    except RuntimeError as e:
        yield "wrap caught " + str(e)


print(list(wrap()))


# a sub-generator that is already running (re-entrant) is refused
def reentrant():
    yield from inner_gen


def inner_body():
    try:
        next(outer_gen)
    except ValueError as e:
        yield "inner saw " + str(e)


inner_gen = inner_body()
outer_gen = reentrant()
print(next(outer_gen))


# await chains: values pass up, a raised exception is caught around the await
@types.coroutine
def suspend(v):
    r = yield ("suspended", v)
    return r


async def deep(v):
    r = await suspend(v)
    if r == "raise":
        raise LookupError("deep " + str(v))
    return ("deep", r)


async def mid(v):
    try:
        a = await deep(v)
        b = await deep(v + 1)
        return (a, b)
    except LookupError as e:
        return ("mid caught", str(e))


async def main():
    x = await mid(1)
    y = await mid(10)
    return x, y


c = main()
print(c.send(None))
print(c.send("r1"))
print(c.send("r2"))
try:
    c.send("raise")
except StopIteration as e:
    print("coroutine returned", e.value)


# async generators awaiting inside
async def agen():
    for i in range(3):
        v = await suspend(i)
        yield ("agen", i, v)


async def consume():
    out = []
    async for x in agen():
        out.append(x)
    return out


c = consume()
r = c.send(None)
i = 0
while True:
    try:
        r = c.send("s%d" % i)
        i += 1
    except StopIteration as e:
        print(e.value)
        break

# a large chain of nested delegation, as json's encoder does
def nest(d):
    if d == 0:
        yield from ("x", "y")
        return
    yield "["
    yield from nest(d - 1)
    yield from nest(d - 1)
    yield "]"


print("".join(nest(4)))


# the traceback of an exception that leaves three delegating levels names every level's line
import traceback


def t3():
    yield 1
    {}["missing"]


def t2():
    yield from t3()


def t1():
    yield from t2()


g = t1()
next(g)
try:
    next(g)
except KeyError:
    for line in traceback.format_exc().splitlines():
        if line.startswith("  File"):
            print(line.split(", ", 1)[1])

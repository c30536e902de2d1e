# asyncio's Future is _asyncio.Future (the C Future): state, result, exception, callbacks with their
# contexts, cancellation with a message, the awaitable protocol, and subclassing.
import asyncio, contextvars, sys
from asyncio import futures

print(asyncio.Future, futures._CFuture is asyncio.Future, futures._PyFuture.__module__)
loop = asyncio.new_event_loop()

f = asyncio.Future(loop=loop)
print(f, f._state, f.done(), f.cancelled(), f.get_loop() is loop, f._callbacks)
for meth in (f.result, f.exception):
    try:
        meth()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)

var = contextvars.ContextVar("var", default="outer")
seen = []
def cb(tag):
    return lambda fut: seen.append((tag, fut.result(), var.get()))
ctx = contextvars.copy_context()
ctx.run(var.set, "inner")
f.add_done_callback(cb("a"))
f.add_done_callback(cb("b"), context=ctx)
extra = cb("c")
f.add_done_callback(extra)
f.add_done_callback(extra)
print(len(f._callbacks), f.remove_done_callback(extra), len(f._callbacks), f.remove_done_callback(extra))
f.set_result(42)
print(f, f._state, f.result(), f.exception(), f._callbacks)
try:
    f.set_result(1)
except asyncio.InvalidStateError as e:
    print("again:", e)
loop.run_until_complete(asyncio.sleep(0))
print(seen)

g = asyncio.Future(loop=loop)
g.set_exception(ValueError)
print(g._log_traceback, repr(g.exception()), g._log_traceback)
try:
    g.result()
except ValueError as e:
    print("raised", type(e).__name__)
for bad in (StopIteration(), 3):
    try:
        asyncio.Future(loop=loop).set_exception(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    g._log_traceback = True
except ValueError as e:
    print("ValueError:", e)

c = asyncio.Future(loop=loop)
print(c.cancel("stop here"), c.cancel(), c.cancelled(), c._state, c._cancel_message)
try:
    c.result()
except asyncio.CancelledError as e:
    print("CancelledError", e.args)

# the awaitable protocol: the first step yields the future itself, marked blocking
h = asyncio.Future(loop=loop)
it = h.__await__()
print(type(it).__name__, h._asyncio_future_blocking, next(it) is h, h._asyncio_future_blocking)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
h.set_result("value")
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
it2 = asyncio.Future(loop=loop).__iter__()
try:
    it2.throw(KeyError("k"))
except KeyError as e:
    print("thrown", repr(e))

# uninitialized: __new__ without __init__
u = asyncio.Future.__new__(asyncio.Future)
try:
    u.result()
except asyncio.InvalidStateError as e:
    print("uninitialized result:", e)
try:
    u.set_result(1)
except RuntimeError as e:
    print("uninitialized set_result:", e)

class MyFuture(asyncio.Future):
    def __init__(self, *, loop, tag):
        super().__init__(loop=loop)
        self.tag = tag
    def set_result(self, result):
        super().set_result((self.tag, result))

async def main():
    m = MyFuture(loop=asyncio.get_running_loop(), tag="t")
    asyncio.get_running_loop().call_soon(m.set_result, 7)
    return await m, isinstance(m, asyncio.Future), m.tag

print(loop.run_until_complete(main()))
print(asyncio.Future[int])
loop.close()

# async generators: asend, athrow, aclose, StopAsyncIteration, finally on close; cr_await
import types

class Tick:
    def __await__(self):
        got = yield 'tick'
        return got

def drive(coro, sends=None):
    """Runs a coroutine by hand, sending 0, 1, 2... into each suspension."""
    n = 0
    try:
        r = coro.send(None)
        while True:
            print('  suspended at', r)
            r = coro.send(n)
            n += 1
    except StopIteration as e:
        return e.value

async def agen():
    try:
        x = yield 1
        print('  agen got', x)
        t = await Tick()
        print('  agen tick', t)
        y = yield 2
        print('  agen got', y)
    finally:
        print('  agen finally')

async def main():
    g = agen()
    print(await g.asend(None))
    print(await g.asend('hello'))
    try:
        await g.asend('bye')
    except StopAsyncIteration:
        print('StopAsyncIteration')
    g2 = agen()
    print(await g2.__anext__())
    try:
        await g2.athrow(ValueError('thrown'))
    except ValueError as e:
        print('athrow raised', e)
    g3 = agen()
    await g3.__anext__()
    await g3.aclose()
    print('closed')
    await g3.aclose()
    try:
        await g3.__anext__()
    except StopAsyncIteration:
        print('closed agen stops')
    return 'main done'

print(drive(main()))

async def counter(n):
    for i in range(n):
        yield i
        await Tick()

async def consume():
    total = 0
    async for v in counter(3):
        total += v
    return total, [v async for v in counter(4) if v % 2], {v: v * v async for v in counter(2)}

print(drive(consume()))

async def waiter():
    return await Tick()

c = waiter()
print(c.cr_await)
c.send(None)
print(type(c.cr_await).__name__, c.cr_suspended if hasattr(c, 'cr_suspended') else '')
try:
    c.send('v')
except StopIteration as e:
    print('value', e.value)
print(c.cr_frame, c.cr_running)
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError', e)

async def bad():
    raise StopIteration
try:
    bad().send(None)
except RuntimeError as e:
    print(e)

class NotAwaitable:
    pass
async def aw():
    await NotAwaitable()
try:
    aw().send(None)
except TypeError as e:
    print(e)

print(types.CoroutineType, types.AsyncGeneratorType, types.GeneratorType)
print(isinstance(agen(), types.AsyncGeneratorType), type(agen().__anext__()).__name__, type(agen().aclose()).__name__)

import types
class Fut:
    def __init__(self): self.v = None
    def __await__(self):
        r = yield self
        return r

async def inner(x):
    v = await Fut()
    return x + v

async def main():
    a = await inner(1)
    b = [await inner(2), await inner(3)]
    return a, b

c = main()
print(type(c).__name__, c.cr_running, c.cr_frame is not None)
try:
    r = c.send(None)
    while True:
        print('yielded', type(r).__name__)
        r = c.send(10)
except StopIteration as e:
    print('result', e.value)

@types.coroutine
def gencoro():
    x = yield 'raw'
    return x * 2

async def usegc():
    return await gencoro()
c = usegc()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print('gc', e.value)
print(main.__code__.co_flags & 0x80, gencoro.__code__.co_flags & 0x100)

class ACM:
    async def __aenter__(self):
        print('enter')
        await Fut()
        return 'val'
    async def __aexit__(self, *a):
        print('exit', a[0])
        await Fut()
        return True

class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        await Fut()
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i

async def agen():
    for i in range(3):
        await Fut()
        yield i * 10

async def m2():
    async with ACM() as v:
        print('body', v)
        raise ValueError('x')
    async for i in AIt():
        print('i', i)
    else:
        print('else')
    async for j in agen():
        print('j', j)
    print([x async for x in agen()])
    print([await inner(k) for k in range(2)])
    return 'done'

def run(c):
    try:
        r = c.send(None)
        while True:
            r = c.send(1)
    except StopIteration as e:
        return e.value
print(run(m2()))
ag = agen()
print(type(ag).__name__, type(ag.__anext__()).__name__)
def gen_se():
    yield 1
    raise StopIteration
try:
    list(gen_se())
except RuntimeError as e:
    print('RE', e)

class Tick:
    def __await__(self):
        return (yield 'tick')

async def arange(n):
    for i in range(n):
        await Tick()
        yield i

async def val(x):
    await Tick()
    return x * 10

async def main():
    g = (i * 2 async for i in arange(3))
    print(type(g).__name__)
    print([x async for x in g])
    h = (await val(i) for i in range(3))
    print([x async for x in h])
    nested = [[j async for j in arange(i)] for i in range(3)]
    print(nested)
    print({await val(k): k async for k in arange(2)})
    return 'ok'

def drive(c):
    try:
        c.send(None)
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
print(drive(main()))

for src in ["async def f():\n    yield from x\n",
            "def f():\n    await x\n",
            "def f():\n    async with x:\n        pass\n",
            "def f():\n    async for x in y:\n        pass\n",
            "def f():\n    return [x async for x in y]\n",
            "def f():\n    return [(yield x) for x in y]\n",
            "x = yield 1\n",
            "class C:\n    yield 1\n",
            "def f():\n    f(yield 1)\n",
            "async def f():\n    yield 1\n    return 2\n",
            "async def f():\n    yield 1\n    return\n"]:
    try:
        exec(src, {})
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError:', e.msg)

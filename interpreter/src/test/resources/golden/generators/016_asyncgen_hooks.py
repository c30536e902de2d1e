import sys
print(sys.get_asyncgen_hooks()[0], sys.get_coroutine_origin_tracking_depth())
seen = []
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=lambda g: seen.append(g.__name__), finalizer=None)
async def agen():
    yield 1
async def main():
    g = agen()
    print(len(seen))
    async for v in g:
        print('v', v)
    print(seen)
    return 'ok'
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks()[0])
try:
    sys.set_asyncgen_hooks(firstiter=3)
except TypeError as e:
    print(e)
sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())

# The shipped library's function bodies are parsed on first use (gilspy's start-up): everything a
# program can see of a library function before and after its first call must be as if parsed at once.
import asyncio, collections.abc, functools, inspect, json, os, sys, traceback

# docstrings, read before any call (functools.wraps copies them at decoration time)
print(json.dumps.__doc__.splitlines()[0])
print(os.walk.__doc__.splitlines()[0])
print(collections.abc.MutableMapping.pop.__doc__.splitlines()[0])
print(functools.total_ordering.__doc__)


@functools.wraps(json.loads)
def wrapped(*a, **k):
    return json.loads(*a, **k)


print(wrapped.__doc__ == json.loads.__doc__, wrapped.__name__, wrapped.__wrapped__ is json.loads)

# the code object of a function never called: flags, variables, constants
print(inspect.isgeneratorfunction(os.walk), inspect.isgeneratorfunction(json.dumps))
print(inspect.iscoroutinefunction(asyncio.sleep), inspect.iscoroutinefunction(asyncio.run))
print(json.JSONEncoder.iterencode.__code__.co_varnames[:3], os.walk.__code__.co_argcount)
print(json.JSONEncoder.iterencode.__code__.co_flags & 0x20, os.walk.__code__.co_flags & 0x20)
print(inspect.signature(json.dump))

# generators, closures, private names (MutableMapping.pop reads self.__marker) and super() in library bodies
print(sorted(os.walk.__doc__.split()[:3]), next(iter([1])))


class Store(collections.abc.MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


s = Store()
s.update(a=1, b=2)
print(s.pop("a"), s.pop("zz", "default"), s.setdefault("c", 3), dict(s.items()))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(40), fib.cache_info().hits)
od = collections.OrderedDict(x=1, y=2)
od.move_to_end("x")
print(list(od), repr(collections.Counter("abracadabra").most_common(2)))


async def main():
    await asyncio.sleep(0)
    return sum([x async for x in agen()])


async def agen():
    for i in range(4):
        yield i


print(asyncio.run(main()))

# a traceback through library bodies: their lines and source text
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    for frame in traceback.extract_tb(e.__traceback__):
        if frame.filename.endswith("__init__.py"):
            continue  # gilspy's json/__init__.py is GraalPy's copy: one line longer above loads()
        print(os.path.basename(frame.filename), frame.name, frame.lineno, frame.line)
    print(e)

import functools
import threading

calls = []


@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(calls), fib.cache_info().hits >= 0)
fib.cache_clear()
print(fib.cache_info())


@functools.lru_cache(maxsize=2)
def square(x):
    return x * x


for v in [1, 2, 1, 3, 2]:
    square(v)
print(square.cache_info())

lock = threading.Lock()
results = []


def worker(k):
    r = fib(25 + k % 3)
    with lock:
        results.append(r)


ts = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(1, 2), Version(1, 10), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs), max(vs), Version(1, 2) >= Version(1, 1), Version(1, 2) <= Version(1, 2))
p = functools.partial(int, base=2)
print(p("1011"), functools.reduce(lambda a, b: a * b, range(1, 6)), p.keywords)

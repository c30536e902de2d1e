import functools
from functools import reduce, partial, wraps, lru_cache, cache, cmp_to_key, total_ordering
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(operator.add, [], 0), reduce(max, [3]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)


def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp


square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), partial(power, 2)(10), partial(partial(power, 3), 2)())
p = partial(power, 2, mod=5)
print(p.func is power, p.args, p.keywords, p(4))
print(repr(partial(max, 1, key=abs)))


def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k) + 1
    return inner


@deco
def answer(x):
    """Return x."""
    return x


print(answer(41), answer.__name__, answer.__doc__, answer.__wrapped__(1))

calls = []


@lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * 10


print(slow(1), slow(2), slow(1), slow(3), slow(2), slow(1))
print(calls, slow.cache_info())
slow.cache_clear()
print(slow.cache_info(), slow.__name__)


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


print(fact(20), fact.cache_info().hits, fact.cache_info().misses)


@lru_cache(maxsize=None)
def kw(a, b=1):
    return a + b


print(kw(1), kw(1, b=2), kw(a=1, b=2), kw.cache_info())


def compare(a, b):
    return (a > b) - (a < b)


print(sorted([5, 2, 9, 1], key=cmp_to_key(compare)), sorted("bca", key=cmp_to_key(lambda a, b: compare(b, a))))


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


a, b = Version(1), Version(2)
print(a < b, a > b, a <= b, a >= b, a <= Version(1), b >= a)


@total_ordering
class Rev:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __ge__(self, other):
        return self.n >= other.n


print(Rev(1) < Rev(2), Rev(3) > Rev(2), Rev(2) <= Rev(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
print(operator.itemgetter(1)([1, 2]), operator.itemgetter(0, 2)("abc"), operator.attrgetter("n")(a))
print(operator.attrgetter("n", "n")(b), operator.methodcaller("upper")("x"), operator.mul(3, 4))
print(repr(operator.itemgetter(1)), repr(operator.attrgetter("x")), repr(operator.methodcaller("f", 1, k=2)))
print(operator.neg(3), operator.not_(0), operator.truth([1]), operator.contains([1], 1), operator.abs(-2.5))
print(operator.floordiv(7, 2), operator.truediv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.countOf([1, 2, 1], 1), operator.indexOf([4, 5], 5), operator.iadd([1], [2]))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=operator.itemgetter(0)))

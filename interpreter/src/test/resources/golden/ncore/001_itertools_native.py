import itertools as it
from itertools import *
print(list(islice(count(), 5)), list(islice(count(2.5, 0.5), 3)), repr(count(3)), repr(count(3, 2)))
c = count(5); next(c); print(c)
print(list(islice(cycle('abc'), 7)), list(cycle([])))
print(list(repeat('x', 3)), repeat('x', 2), repeat(1), list(repeat(1, -2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=10)), list(accumulate([])))
print(list(chain('ab', [1, 2])), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(None, [0, 1, '', 'a'])), list(filterfalse(lambda x: x % 2, range(6))))
print([(k, list(g)) for k, g in groupby('aaabbcdd')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 6], key=lambda x: x % 2)])
gb = groupby('aabb'); k1, g1 = next(gb); k2, g2 = next(gb); print(k1, list(g1), k2, list(g2))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)))
src = iter(range(10)); print(list(islice(src, 3)), next(src))
print(list(pairwise('abcd')), list(pairwise('a')))
print(list(starmap(pow, [(2, 5), (3, 2)])))
a, b = tee(range(4)); print(list(a), list(b))
a, b, c = tee('xyz', 3); print(next(a), next(a), next(b), list(c), list(a), list(b))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()))
print(list(product('ab', range(2))), list(product([1, 2], repeat=2)), list(product()))
print(list(permutations('abc', 2)), len(list(permutations(range(4)))), list(permutations('ab', 3)))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 0)))
for bad in [lambda: islice('abc', -1), lambda: islice('abc', 1, 2, 0), lambda: islice(), lambda: repeat(),
            lambda: combinations('abc'), lambda: combinations('abc', -1), lambda: product('a', repeat=-1),
            lambda: count('a'), lambda: tee([], -1), lambda: chain(x=1), lambda: list(chain(1)), lambda: islice('a', 'b'),
            lambda: cycle(), lambda: zip_longest(x=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(count()).__name__, type(tee([])[0]).__name__, type(groupby('')).__name__, it.chain.__module__)
print(isinstance(chain(), chain), list(map(lambda x: x, islice(count(), 3))))

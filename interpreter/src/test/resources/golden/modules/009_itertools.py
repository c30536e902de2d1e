import itertools
from itertools import count, islice, chain
print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(1.5, 0.5), 3)))
print(list(islice("abcdefg", 2, 6, 2)), list(islice(range(100), 3)), list(islice([1, 2], 10)))
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3]])), list(chain()))
c = count(1)
print(next(c), next(c), next(c))
evens = (n for n in count() if n % 2 == 0)
print(list(islice(evens, 4)))

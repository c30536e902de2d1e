import math
import sys, time
from collections import deque, Counter
from math import sqrt as root, pi
import itertools as it
print(math.floor(2.7), root(16), round(pi, 4))
print(deque([1, 2]), Counter("aab").most_common(1))
print(list(it.islice(it.count(5), 3)))
print(type(sys.argv).__name__, callable(time.time))
print(math.__name__, it.__name__)

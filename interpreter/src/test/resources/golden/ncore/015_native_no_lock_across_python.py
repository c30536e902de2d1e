# native code holds no Java lock while Python code runs: Python __eq__/__hash__ in an lru_cache key,
# a generator feeding deque()/array.extend and a shared tee source may all drop the GIL
import threading, sys
from _functools import _lru_cache_wrapper
from _collections import deque
from collections import namedtuple
import array, itertools
sys.setswitchinterval(1e-6)
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        sum(range(200))
        return self.v == other.v
CI = namedtuple('CI', 'hits misses maxsize currsize')
f = _lru_cache_wrapper(lambda k: k.v * 2, 32, False, CI)
d = deque()
arr = array.array('i')
def gen(n):
    for i in range(n):
        sum(range(50))
        yield i
def work(i):
    for j in range(150):
        assert f(K(j % 20)) == (j % 20) * 2
    d.extend(gen(100))
    arr.extend(gen(100))
    deque(gen(100))
threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
info = f.cache_info()
print(info.hits + info.misses, info.currsize, len(d), len(arr))
a, b = itertools.tee(gen(2000))
errors = []
def drain(it):
    n = 0
    while True:
        try:
            next(it)
            n += 1
        except StopIteration:
            break
        except RuntimeError as e:
            errors.append(str(e))
    return n
ta = threading.Thread(target=drain, args=(a,)); tb = threading.Thread(target=drain, args=(b,))
ta.start(); tb.start(); ta.join(); tb.join()
print('tee done', all(e == 'cannot re-enter the tee iterator' for e in errors))

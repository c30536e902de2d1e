# deque append/popleft and the lru cache are atomic: no lost or duplicated items across threads
import threading
from _collections import deque
from _functools import _lru_cache_wrapper
from collections import namedtuple
d = deque()
N, T = 5000, 4
def producer(base):
    for i in range(N):
        d.append(base + i)
threads = [threading.Thread(target=producer, args=(k * N,)) for k in range(T)]
for t in threads: t.start()
for t in threads: t.join()
print(len(d), sorted(d) == list(range(N * T)))
got = []
lock = threading.Lock()
def consumer():
    mine = []
    while True:
        try:
            mine.append(d.popleft())
        except IndexError:
            break
    with lock:
        got.extend(mine)
threads = [threading.Thread(target=consumer) for _ in range(T)]
for t in threads: t.start()
for t in threads: t.join()
print(len(got), len(set(got)), len(d))
bounded = deque(maxlen=100)
def filler():
    for i in range(3000):
        bounded.append(i)
        bounded.appendleft(-i)
threads = [threading.Thread(target=filler) for _ in range(T)]
for t in threads: t.start()
for t in threads: t.join()
print(len(bounded), bounded.maxlen)
CacheInfo = namedtuple('CacheInfo', 'hits misses maxsize currsize')
cached = _lru_cache_wrapper(lambda x: x * x, 64, False, CacheInfo)
def user():
    for i in range(2000):
        assert cached(i % 100) == (i % 100) ** 2
threads = [threading.Thread(target=user) for _ in range(T)]
for t in threads: t.start()
for t in threads: t.join()
info = cached.cache_info()
print(info.hits + info.misses, info.currsize, info.maxsize)

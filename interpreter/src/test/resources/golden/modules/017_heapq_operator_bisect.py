# CPython's heapq.py over the Java _heapq: order, the _max variants (merge reverse, nlargest), C's error messages.
import heapq, random
random.seed(5)
data = [random.randint(0, 100) for _ in range(3000)]
h = []
for x in data:
    heapq.heappush(h, x)
out = [heapq.heappop(h) for _ in range(len(h))]
print(out == sorted(data))
h = list(data); heapq.heapify(h); print(h[:10])
print(heapq.nlargest(5, data), heapq.nsmallest(5, data))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], reverse=False)), list(heapq.merge([9, 4, 1], [10, 3, 2], reverse=True)))
print(heapq.heappushpop([1, 2], 0), heapq.heapreplace([1, 5, 3], 7))
for f, args in ((heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heappush, ((), 1))):
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)
import operator, bisect
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), operator.methodcaller("upper")("x"))
print(operator.index(5), operator.length_hint([1, 2]), operator.concat([1], [2]))
a = [1, 3, 5]
bisect.insort(a, 4)
print(a, bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 10, key=None))
print(bisect.bisect_left([(1, "a"), (3, "b")], 2, key=lambda p: p[0]))

import heapq
import bisect

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for i in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data, heapq.heappushpop(data, -1), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]))
print(heapq.nlargest(2, ["bb", "a", "ccc", "dd"], key=len), heapq.nsmallest(0, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge([3, 1], [2], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "read"))
heapq.heappush(tasks, (3, "exit"))
print([heapq.heappop(tasks)[1] for i in range(3)])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)

a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect(a, 0, 2))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
print(a)
people = [("ann", 20), ("bob", 30)]
bisect.insort(people, ("cy", 25), key=lambda p: p[1])
print(people, bisect.bisect_left(people, 30, key=lambda p: p[1]))
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)

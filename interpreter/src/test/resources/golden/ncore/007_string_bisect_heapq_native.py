import _string, _bisect, _heapq
for s in ['a{0}b{1!r:>10}c', 'x{{y}}z', '{}', '{a.b[0]:{w}}', 'plain', '', '{0!s}', '}}{{', '{:}', '{!a}', '{a[x]}']:
    print(repr(s), list(_string.formatter_parser(s)))
for bad in ['{', '}', 'a}b', '{0', '{!}', '{0!rr}', '{a{b}', '{0!', '{0:{}', '{0!r', '{0[}']:
    try:
        print(list(_string.formatter_parser(bad)))
    except ValueError as e:
        print('ValueError', e)
for f in ['a', '0', 'a.b.c', 'a[0][x].y', '12[3]']:
    first, rest = _string.formatter_field_name_split(f)
    print(repr(first), list(rest))
for bad in ['a.', 'a[0', 'a[0]x', 'a[]']:
    try:
        print(list(_string.formatter_field_name_split(bad)[1]))
    except ValueError as e:
        print('ValueError', e)
import string
print(string.Template('$who likes $what').substitute(who='tim', what='pie'))
a = [1, 2, 4, 4, 8]
print(_bisect.bisect_right(a, 4), _bisect.bisect_left(a, 4), _bisect.bisect_right(a, 0), _bisect.bisect_left(a, 9), _bisect.bisect_right(a, 4, 0, 3), _bisect.bisect_left(a, 4, lo=3))
_bisect.insort_right(a, 3); _bisect.insort_left(a, 4); _bisect.insort_right(a, 4.0); print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(_bisect.bisect_left(recs, 3, key=lambda r: r[1]), _bisect.bisect_right(recs, 3, key=lambda r: r[1]))
_bisect.insort_right(recs, ('z', 4), key=lambda r: r[1]); print(recs)
try: _bisect.bisect_left(a, 1, -1)
except ValueError as e: print('ValueError', e)
h = []
for x in [5, 1, 8, 3, 9, 2, 7]: _heapq.heappush(h, x)
print(h, [_heapq.heappop(h) for _ in range(3)], h)
l = [9, 4, 7, 1, 8, 2]; _heapq.heapify(l); print(l, _heapq.heapreplace(l, 5), l, _heapq.heappushpop(l, 0), _heapq.heappushpop(l, 6), l)
m = [1, 5, 3, 9]; _heapq._heapify_max(m); print(m, _heapq._heappop_max(m), m, _heapq._heapreplace_max(m, 4), m)
for bad in [lambda: _heapq.heappop([]), lambda: _heapq.heappush((), 1), lambda: _heapq.heapreplace([], 1)]:
    try: bad()
    except (IndexError, TypeError) as e: print(type(e).__name__, e)
import heapq, bisect
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8]), list(heapq.merge([1, 4], [2, 3])), bisect.bisect([1, 2, 3], 2))
data = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]; heapq.heapify(data); print([heapq.heappop(data) for _ in range(4)])

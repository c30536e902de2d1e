# bytes/bytearray startswith/endswith: a non-bytes prefix is a TypeError naming bytes; a start past
# the end finds nothing, not even b''; buffers (array, memoryview) are prefixes
import array
for b in (b'hello', bytearray(b'hello')):
    for p in ([b'h'], 'h', 104):
        for m in ('startswith', 'endswith'):
            try:
                getattr(b, m)(p)
            except TypeError as e:
                print(type(b).__name__, m, e)
    print(b.startswith(b'', 6), b.startswith(b'', 5), b.endswith(b'', 1, 0), b.find(b'', 6), b.count(b'', 10),
          b.startswith((b'x', b'he')), b.startswith(memoryview(b'he')), b.endswith(array.array('b', b'lo')))

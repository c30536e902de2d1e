# Only str, bytes, int, float, bool, None and tuples of these cross; values are copies.
import interpreters

q = interpreters.create_queue()
for bad in ([1], {'a': 1}, {1}, bytearray(b'x'), (1, [2]), object(), print):
    try:
        q.put(bad)
        print('accepted', type(bad).__name__)
    except interpreters.NotShareableError as e:
        print(isinstance(e, ValueError), e)
print(q.qsize())
good = ('s', b'b', 1, 2 ** 80, 1.25, True, None, (('deep',),))
q.put(good)
back = q.get()
print(back == good, back is good)
print([interpreters.is_shareable(v) for v in ('x', [], (1, 2), (1, {}))])
sub = interpreters.create()
try:
    sub.prepare_main(items=[1, 2])
except interpreters.NotShareableError as e:
    print('prepare_main:', e)
sub.prepare_main({'t': (1, 'two')}, n=3)
sub.exec('assert t == (1, "two") and n == 3')
print('prepared')
try:
    sub.call(len)
except NotImplementedError as e:
    print('NotImplementedError:', e)
sub.close()

def chk(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except TypeError as e:
        print("TypeError")
chk('a'.upper, 1); chk(b'a'.upper, 1); chk(bytearray(b'a').isalpha, 1)
chk('a b'.split, None, 1, 2); chk('a\tb'.expandtabs, tabsize=4); chk(b'a\tb'.expandtabs, 1, 2)
chk({}.keys, None); chk({1: 2}.get, 1, 2, 3); chk({1: 2}.get, 1)
chk([3, 1].sort, key=None, reverse=True); chk([3, 1].sort, 1); chk([].clear, 1)
chk(b'abc'.split, 'b'); chk(b'abc'.partition, 'b'); chk(b'a b'.split, memoryview(b' '))
chk(b'abc'.startswith, ('a', b'a')); chk(b'abc'.startswith, (b'x', b'a'))
chk('hello'.removeprefix); chk('hello'.removeprefix, 'he'); chk({1}.add, 2, 3); chk(().index)
chk(bytearray(b'ab').strip, 'a'); chk(bytearray(b'ab').strip, b'a')

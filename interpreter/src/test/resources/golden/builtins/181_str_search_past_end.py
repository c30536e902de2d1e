# str.find/rfind/index/count/startswith/endswith with a start past the end: CPython leaves such a
# start unclamped, so not even the empty string is found there; partition refuses an empty separator
for s, args in [('abc', ('', 4)), ('abc', ('', 3)), ('abc', ('', 3, 2)), ('abc', ('', -10)), ('aaa', ('', 10)),
                ('aaa', ('', 2)), ('aaa', ('a', 1, 10)), ('', ('', 1, 0)), ('', ('', 0, 0)), ('abc', ('c', 2, 100)),
                ('a\U0001f600b', ('', 4)), ('a\U0001f600b', ('b', 2)), ('a\U0001f600b', ('', 3))]:
    print(ascii(s), args, s.find(*args), s.rfind(*args), s.count(*args), s.startswith(*args), s.endswith(*args),
          s.startswith(('x', args[0]), *args[1:]), s.endswith(('x', args[0]), *args[1:]))
    try:
        print(s.index(*args), s.rindex(*args))
    except ValueError as e:
        print('ValueError', e)
for sep in ('', 'b'):
    for m in ('partition', 'rpartition'):
        try:
            print(getattr('abc', m)(sep))
        except ValueError as e:
            print(m, 'ValueError', e)

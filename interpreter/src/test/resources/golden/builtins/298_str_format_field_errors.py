# str.format's replacement fields parsed as CPython's parse_field and FieldNameIterator: malformed
# fields are ValueError/IndexError/KeyError with CPython's messages, never an internal error.
big = "23098475029384702983476098230754973209482573"
cases = [('{', ()), ('}', ()), ('a{', ()), ('a}', ()), ('{a', ()), ('}a', ()), ('{0}', ()), ('{1}', ('abc',)),
 ('{x}', ()), ('}{', ()), ('abc{0:{}', ()), ('{0', ()), ('{0.}', ()), ('{0.}', (0,)), ('{0[}', ()), ('{0[}', ([],)),
 ('{0]}', ()), ('{0.[]}', (0,)), ('{0..foo}', (0,)), ('{0[0}', (0,)), ('{0[0:foo}', (0,)), ('{c]}', ()),
 ('{{ {{{0}}', (0,)), ('{0}}', (0,)), ('{0!x}', (3,)), ('{0!}', (0,)), ('{0!rs}', (0,)), ('{!}', ()),
 ('{:}', ()), ('{:s}', ()), ('{}', ()), ('{' + big + '}', ()), ('{[' + big + ']}', ([0],)),
 ('{0.real}', (3,)), ('{0[1]}', ([5, 6],)), ('{0[a]}', ({'a': 1},)), ('{0[-1]}', ({'-1': 2},)), ('{0.real.imag!r:>5}', (3,)),
 ('{0[ ]}', ({' ': 4},)), ('{a.b}', ()), ('{0[0]x}', ([1],)), ('{0.x]}', (0,)), ('{0[1][0]}', ([0, [7]],))]
for f, a in cases:
    try: print(repr(f[:20]), repr(f.format(*a)))
    except Exception as e: print(repr(f[:20]), type(e).__name__, e)
more = [('{:{:{}}}', (1, 2, 3)), ('{:{}}', ('x', '>4')), ('{0:{1}.{2}f}', (3.14159, 8, 2)), ('{٣}', (0, 1, 2, 3)),
        ('{0!r:>6}', ('ab',)), ('{0!a}', ('\u0374',)), ('{0!s:}', (5,)), ('{!r}{!s}', ('a', 'b')), ('{0}{}', (1, 2)),
        ('{}{0}', (1, 2)), ('{0[a]}', ({'a': 'k'},)), ('{0[]}', ([1],)), ('{0[1}', ([1, 2],)), ('{0!:}', (1,)), ('{0:}', (1,))]
for f, a in more:
    try: print(repr(f), repr(f.format(*a)))
    except Exception as e: print(repr(f), type(e).__name__, e)
for f in ('{x.real}', '{0}', '{}', '{x[0]}'):
    try: print(repr(f), repr(f.format_map({'x': [4]})))
    except Exception as e: print(repr(f), type(e).__name__, e)

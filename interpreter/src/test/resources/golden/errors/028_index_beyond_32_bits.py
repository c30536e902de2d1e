# Indexes and counts past 2**31 keep their meaning instead of wrapping to small ints.
import os
for expr in ['[1, 2, 3].pop(2**32)', '[1, 2, 3].pop(-2**32)', '[1, 2, 3].pop(2**64)', '"a b c".split(" ", 2**32)',
             '"a b c".rsplit(" ", 2**32 + 1)', 'b"a b c".split(b" ", 2**32)', '"a b c".split(None, -2**32)',
             '"a b c".split(" ", 2**64)', 'os.urandom(-1)', '(1).to_bytes(-1, "big")']:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)

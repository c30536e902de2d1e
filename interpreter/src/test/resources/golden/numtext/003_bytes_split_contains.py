# bytes/bytearray split() and rsplit() on ASCII whitespace only (not \x1c-\x1f or \x85), maxsplit keeping
# the rest as is; an int needle outside range(0, 256), however large, is ValueError for in/find/count.
for t in (bytes, bytearray):
    b = t(b" a\x1cb \t c\x0b d\x85 ")
    print(b.split(), b.rsplit(), b.split(None, 1), b.rsplit(None, 1), b.split(maxsplit=2), b.rsplit(sep=None, maxsplit=0), t(b"  ").split(), t(b"a,b").split(b","), t(b"a,b,c").rsplit(b",", 1))
    for x in (97, 300, -1, 2**70):
        try: print(x in b)
        except Exception as e: print(type(e).__name__, e)
        try: print(b.find(x))
        except Exception as e: print(type(e).__name__, e)
        try: print(b.count(x))
        except Exception as e: print(type(e).__name__, e)

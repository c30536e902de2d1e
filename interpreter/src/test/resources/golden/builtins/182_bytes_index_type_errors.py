# bytes and bytearray indexing with a non-integer: CPython's TypeError wording
class Idx:
    def __index__(self): return 1
for b in (b'python', bytearray(b'python')):
    for k in ('a', 1.0, None, [1]):
        try:
            b[k]
        except TypeError as e:
            print(type(b).__name__, 'get', e)
    print(b[Idx()], b[True], b[-1])
ba = bytearray(b'python')
for k in ('a', 1.5):
    try:
        ba[k] = 1
    except TypeError as e:
        print('set', e)
ba[Idx()] = 65
print(ba)

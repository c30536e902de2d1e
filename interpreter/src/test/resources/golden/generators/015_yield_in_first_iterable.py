def g():
    r = [x * 2 for x in (yield 'give')]
    print(r)
    s = {k: v for k, v in (yield 'pairs')}
    print(s)
    t = list(x for x in (yield 'gen'))
    print(t)
it = g()
print(next(it))
print(it.send([1, 2]))
print(it.send([('a', 1)]))
try:
    it.send((5, 6))
except StopIteration:
    print('done')

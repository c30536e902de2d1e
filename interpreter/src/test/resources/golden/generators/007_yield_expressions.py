def g():
    x = 1 + (yield 10)
    print('x', x)
    y = [(yield 20), (yield 30)]
    print('y', y)
    print((yield 40) if (yield 50) else (yield 60))
    return (yield)

it = g()
print(next(it))
print(it.send(5))
print(it.send('a'))
print(it.send('b'))
print(it.send(0))
print(it.send('else'))
try:
    it.send('ret')
except StopIteration as e:
    print('stop', e.value)

gen = (lambda: (yield))()
print(type(gen).__name__)

def h():
    total = 0
    while (v := (yield total)) is not None:
        total += v
    return total
k = h()
next(k)
for i in range(5):
    k.send(i)
try:
    k.send(None)
except StopIteration as e:
    print('total', e.value)

def order():
    def f(*a):
        print('f', a)
        return a
    r = f(print('one') or 1, (yield 'y1'), print('three') or 3, (yield 'y2'))
    print(r)
o = order()
print(next(o)); print(o.send('two')); 
try: o.send('four')
except StopIteration: pass

def thr():
    try:
        v = [1, (yield 1)]
    except ValueError as e:
        print('caught', e)
        yield 2
t = thr()
next(t)
print(t.throw(ValueError('boom')))

def dd():
    d = {'a': (yield 'k1'), (yield 'k2'): 2}
    print(d)
    s = f"{(yield 'fs')}!"
    print(s)
    x = yield from [1,2]
    print(x)
    z = 10 * (yield from sub())
    print('z', z)
def sub():
    yield 's'
    return 4
print(list(dd()))

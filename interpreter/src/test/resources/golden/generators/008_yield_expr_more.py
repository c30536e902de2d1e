# yield inside conditions, loops headers, with headers, comparisons, lambdas and closes
import sys

def conds():
    if (yield 'if'):
        print('then')
    else:
        print('else')
    n = 0
    while (yield ('while', n)) != 'stop':
        n += 1
    for x in (yield 'for'):
        print('loop', x)
    print('cmp', 1 < (yield 'c1') < 10)
    print('and', (yield 'a1') and (yield 'a2'))
    print('or', (yield 'o1') or (yield 'o2'))
    print('not', not (yield 'n'))
    a = b = (yield 'chain')
    print('ab', a, b)
    lst = [0, 0]
    lst[0] += (yield 'aug')
    print('lst', lst)

g = conds()
print(next(g))
for v in [0, None, None, 'stop', [1, 2], 5, 0, 3, 7, 'x', 4]:
    try:
        print(g.send(v))
    except StopIteration:
        print('end')

class CM:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, *a):
        print('exit', a[0])

def withy():
    with (yield 'mgr'):
        print('inside')
        yield 'body'
w = withy()
print(next(w))
print(w.send(CM()))
try:
    next(w)
except StopIteration:
    print('done')

def closing():
    try:
        x = 1 + (yield 1)
    finally:
        print('cleanup', sys.exc_info()[0])
c = closing()
next(c)
c.close()
print(c.gi_running, c.gi_frame, c.gi_code.co_name)

def running():
    print('running', r.gi_running)
    yield
r = running()
next(r)
print(r.gi_frame is not None)

lam = lambda x: (yield x * 2)
it = lam(4)
print(next(it))
try:
    it.send('s')
except StopIteration as e:
    print('lambda stop', e.value)

def genexp_first():
    return list(x for x in (yield))
ge = genexp_first()
next(ge)
try:
    ge.send([1, 2, 3])
except StopIteration as e:
    print(e.value)

def yy():
    x = yield (yield 1) + 1
    print('x', x)
y = yy()
print(next(y))
print(y.send(10))
try:
    y.send('last')
except StopIteration:
    pass

def excs():
    try:
        print('v', [1, (yield 'a'), 3])
    except KeyError as e:
        print('handled', repr(e))
    v = yield 'b'
    raise StopIteration('oops')
e = excs()
print(next(e))
print(e.throw(KeyError('k')))
try:
    e.send(None)
except RuntimeError as err:
    print(type(err).__name__, err, type(err.__cause__).__name__)

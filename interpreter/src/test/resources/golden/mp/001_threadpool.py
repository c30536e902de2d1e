# multiprocessing.pool.ThreadPool and multiprocessing.dummy: Pool's API over threads of this process
from multiprocessing.pool import ThreadPool
from multiprocessing.dummy import Pool as DPool
import threading

def sq(x):
    return x * x

def add(a, b):
    return a + b

def boom(x):
    raise ValueError('bad %d' % x)

if __name__ == '__main__':
    with ThreadPool(3) as p:
        print(p.map(sq, range(10)))
        print(list(p.imap(sq, range(5))))
        print(sorted(p.imap_unordered(sq, range(5))))
        print(p.starmap(add, [(1, 2), (3, 4)]))
        print(p.apply(add, (5, 6)))
        r = p.apply_async(sq, (7,))
        print(r.get(), r.ready(), r.successful())
        m = p.map_async(sq, [1, 2, 3], callback=lambda v: print('cb', v))
        print(m.get())
        try:
            p.map(boom, [1])
        except ValueError as e:
            print('ValueError', e, e.__cause__)
        lam = p.map(lambda x: x + 1, [1, 2])
        print(lam)
    p = DPool(2)
    print(p.map(len, ['a', 'bb', 'ccc']))
    p.close()
    p.join()
    seen = []
    def init(tag):
        seen.append(tag)
    tp = ThreadPool(2, initializer=init, initargs=('x',))
    print(tp.map(sq, [3]))
    tp.terminate()
    tp.join()
    print(seen)
    try:
        tp.map(sq, [1])
    except ValueError as e:
        print('ValueError', e)

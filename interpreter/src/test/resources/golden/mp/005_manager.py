# Manager(): dict, list, Queue, Namespace shared with processes and pool workers
import multiprocessing as mp


def fill(d, l, q, key):
    d['k%d' % key] = key * 2
    l.append(key)
    q.put('hello %d' % key)


def put_sq(args):
    q, x = args
    q.put(x * x)
    return x


def touch_ns(ns):
    ns.count += 1
    ns.name = 'child'


if __name__ == '__main__':
    with mp.Manager() as m:
        d = m.dict({'start': 0})
        l = m.list([10])
        q = m.Queue()
        ps = [mp.Process(target=fill, args=(d, l, q, k)) for k in (1, 2)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(d.items()), sorted(d.keys()), sorted(d.values()), len(d))
        print(sorted(l), len(l), 10 in l, sorted(q.get() for _ in range(2)))
        print(d['start'], d.get('missing', 'dflt'), 'start' in d, sorted(d))
        print(d.pop('start'), d.setdefault('x', 5), sorted(d.copy().items()))
        d.update({'y': 1})
        del d['x']
        print(sorted(d.keys()))
        l.extend([7, 8])
        l.sort()
        print(l, str(l), l[0], l[-2:], l.index(7), l.count(8))
        l += [99]
        print(len(l), l[-1], list(reversed(l))[0])

        with mp.Pool(2) as pool:
            print(sorted(pool.map(put_sq, [(q, i) for i in range(4)])))
        print(sorted(q.get() for _ in range(4)), q.empty())

        ns = m.Namespace(count=0, name='parent')
        p = mp.Process(target=touch_ns, args=(ns,))
        p.start()
        p.join()
        print(ns.count, ns.name)
        print(str(m.dict(a=1)))

# A Queue made in a child passed on to a grandchild; a parent's Queue passed through a child to another
import multiprocessing as mp


def grandchild(q, tag):
    q.put('from grandchild %s' % tag)


def child(q):
    inner = mp.Queue()
    p = mp.Process(target=grandchild, args=(inner, 'A'))
    p.start()
    q.put(inner.get())
    p.join()
    p2 = mp.Process(target=grandchild, args=(q, 'B'))
    p2.start()
    p2.join()


def consumer(jobs, results):
    while True:
        item = jobs.get()
        if item is None:
            break
        results.put(item * 10)


if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print(q.get())
    print(q.get())
    p.join()
    print('exitcode', p.exitcode)

    jobs, results = mp.JoinableQueue(), mp.Queue()
    workers = [mp.Process(target=consumer, args=(jobs, results)) for _ in range(2)]
    for w in workers:
        w.start()
    for i in range(6):
        jobs.put(i)
    for _ in workers:
        jobs.put(None)
    print(sorted(results.get() for _ in range(6)))
    for w in workers:
        w.join()
    print(results.empty(), results.qsize())

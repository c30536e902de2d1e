import multiprocessing as mp
import sys
def worker(q, n):
    q.put((mp.current_process().name, n * 2))
    print("child says hi", n)
def fails():
    raise KeyError("nope")
def exits():
    sys.exit(3)
class Sq:
    def __init__(self, k): self.k = k
def use(obj):
    return obj.k + 1
def suicide():
    import os
    os.kill(os.getpid(), 9)
def boom(x):
    raise ValueError("bad %d" % x)
if __name__ == "__main__":
    print(mp.current_process().name, mp.get_start_method(), mp.cpu_count() >= 1)
    q = mp.Queue()
    ps = [mp.Process(target=worker, args=(q, i)) for i in range(2)]
    for p in ps: p.start()
    got = sorted(q.get(timeout=30) for _ in ps)
    for p in ps: p.join()
    print(got, [p.exitcode for p in ps])
    p = mp.Process(target=fails); p.start(); p.join(); print("exitcode", p.exitcode)
    p = mp.Process(target=exits); p.start(); p.join(); print("exitcode", p.exitcode, p.is_alive())
    with mp.Pool(2) as pool:
        print(pool.apply(use, (Sq(4),)))
        r = pool.apply_async(use, (Sq(1),)); print(r.get(timeout=30), r.ready(), r.successful())
        print(list(pool.imap(use, [Sq(i) for i in range(4)])))
        print(sorted(pool.imap_unordered(use, [Sq(i) for i in range(4)])))
        print(pool.starmap(max, [(1, 2), (5, 3)]))
        try:
            pool.map(boom, [1, 1])
        except ValueError as e:
            print("caught", e)
        try:
            pool.map(lambda x: x, [1])
        except Exception as e:
            print("caught", type(e).__module__, type(e).__name__, str(e).split(" at ")[0])
        # CPython's Pool would hang here forever; gilspy fails the task and replaces the worker
        try:
            pool.apply(suicide)
        except Exception as e:
            print("caught", type(e).__name__)
        print(pool.apply(use, (Sq(9),)))

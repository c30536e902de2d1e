"""pickle.dumps / pickle.loads (the C paths, protocol 5) of a nested document of 10,000 items: a dict of
lists of small dicts of str, int, float, bool, None, bytes and tuples; and the pure-Python pickler
(pickle._dumps / pickle._loads, what a subclass overriding a hook runs) on the same document.
4 rounds each, the first a warm-up; prints the warm rounds' median thread-CPU seconds; bench/run
times the whole process."""
import pickle, sys, time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 20
doc = {"group%d" % g: [{"id": g * 100 + i, "name": "item%d" % i, "price": i * 0.25, "ok": i % 2 == 0,
                        "tag": None if i % 3 else b"t%d" % i, "pos": (g, i)} for i in range(100)]
       for g in range(100)}
data = pickle.dumps(doc, 5)
assert pickle.loads(data) == doc and pickle._loads(pickle._dumps(doc, 5)) == doc


def median_cpu(fn, n):
    cpus = []
    for r in range(4):
        c0 = time.thread_time()
        for _ in range(n):
            fn()
        if r:
            cpus.append(time.thread_time() - c0)
    cpus.sort()
    return cpus[1]


print("bytes=%d dumps_cpu_s=%.3f loads_cpu_s=%.3f py_dumps_cpu_s=%.3f py_loads_cpu_s=%.3f" % (
    len(data), median_cpu(lambda: pickle.dumps(doc, 5), N), median_cpu(lambda: pickle.loads(data), N),
    median_cpu(lambda: pickle._dumps(doc, 5), max(1, N // 10)), median_cpu(lambda: pickle._loads(data), max(1, N // 10))))

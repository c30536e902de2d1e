"""json.dumps / json.loads (the C paths) and json.dumps(indent=2, sort_keys=True) (the Python encoder)
of a realistic document: nested dicts and lists of str, int, float, bool and None. 4 rounds each, the
first a warm-up; prints the warm rounds' median thread-CPU seconds; bench/run times the whole process."""
import json, sys, time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 150
doc = {"users": [{"id": i, "name": "user%d" % i, "email": "u%d@example.com" % i, "score": i * 1.5 + 0.1,
                  "active": i % 3 == 0, "tags": ["alpha", "beta", "caf\u00e9"][: i % 4],
                  "address": {"city": "Paris", "zip": "750%02d" % (i % 100), "geo": [48.85 + i / 1000, 2.35]},
                  "manager": None if i % 5 else i - 1} for i in range(300)],
       "meta": {"count": 300, "version": "1.2", "generated": "2024-01-01T00:00:00Z", "ratio": 0.25}}
text = json.dumps(doc)
assert json.loads(text) == doc


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


print("bytes=%d dumps_cpu_s=%.3f loads_cpu_s=%.3f dumps_indent_cpu_s=%.3f" % (
    len(text), median_cpu(lambda: json.dumps(doc), N), median_cpu(lambda: json.loads(text), N),
    median_cpu(lambda: json.dumps(doc, indent=2, sort_keys=True), N // 5)))

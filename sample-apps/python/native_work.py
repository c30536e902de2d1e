# The seed's "NumPy releases the GIL" row. Native work that releases the GIL runs in parallel in
# threads; native work that holds it does not, and no check site can preempt it.
#   release: expect held low, threads in NATIVE state, speedup ~2x on 2 cores.
#   hold:    expect long holds (max hold ~ one call), contention high, no speedup.
# On gilspy the native code is `_gilspy_native` (Java); on CPython, hashlib over a large buffer
# releases the GIL and a builtin sum(range()) holds it, so the program runs unchanged on both.
import sys
import threading
import time

MODE = sys.argv[1] if len(sys.argv) > 1 else "release"
CALLS = 4

try:
    import _gilspy_native

    def work():
        if MODE == "release":
            return _gilspy_native.compute(100_000_000, release_gil=True)
        return _gilspy_native.compute(100_000_000, release_gil=False)
except ImportError:
    import hashlib
    BUF = b"x" * 50_000_000

    def work():
        if MODE == "release":
            return hashlib.sha256(BUF).hexdigest()
        return sum(range(15_000_000))

work()  # untimed warm-up, so that a JIT's compile time does not count as sequential work
start = time.time()
expected = [work() for _ in range(CALLS)]
sequential = time.time() - start

results = []
lock = threading.Lock()


def worker():
    r = work()
    with lock:
        results.append(r)


threads = [threading.Thread(target=worker, name=f"native-{i}") for i in range(CALLS)]
start = time.time()
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.time() - start

assert sorted(results) == sorted(expected)
print(f"mode: {MODE}")
print(f"Sequential: {sequential:.2f}s")
print(f"Threaded: {threaded:.2f}s")
print(f"speedup: {sequential / threaded:.2f}x")

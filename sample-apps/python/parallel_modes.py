# The same CPU work two ways that escape the GIL: free-threading (run with `gilspy run --gil=off`
# or PYTHON_GIL=0) and two subinterpreters, each with its own GIL (PEP 684/734). Expect a speedup
# near 2x on 2 cores for both; with the GIL on, threads give none.
import sys
import threading
import time

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000_000


def countdown(n):
    while n > 0:
        n -= 1


gil_enabled = getattr(sys, "_is_gil_enabled", lambda: True)()
print(f"GIL enabled: {gil_enabled}")

start = time.perf_counter()
countdown(COUNT)
countdown(COUNT)
sequential = time.perf_counter() - start

threads = [threading.Thread(target=countdown, args=(COUNT,)) for _ in range(2)]
start = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - start
print(f"threads: speedup {sequential / threaded:.2f}x")

try:
    import _interpreters
except ImportError:
    _interpreters = None

if _interpreters is None:
    print("subinterpreters: not available on this Python")
else:
    code = f"""
n = {COUNT}
while n > 0:
    n -= 1
"""
    interps = [_interpreters.create() for _ in range(2)]
    runners = [threading.Thread(target=_interpreters.run_string, args=(i, code)) for i in interps]
    start = time.perf_counter()
    for t in runners:
        t.start()
    for t in runners:
        t.join()
    elapsed = time.perf_counter() - start
    for i in interps:
        _interpreters.destroy(i)
    print(f"subinterpreters: speedup {sequential / elapsed:.2f}x")

# Acceptance 8: two CPU-bound workers in two subinterpreters, each driven from its own thread,
# against the same two runs one after the other. Prints the speedup of the best of `repeats`
# timings of each, since a loaded machine only ever makes a timing longer.
import _interpreters
import sys
import threading
import time

count = int(sys.argv[1]) if len(sys.argv) > 1 else 3_000_000
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 2
code = f'''
n = {count}
while n > 0:
    n -= 1
'''
a = _interpreters.create()
b = _interpreters.create()
for i in (a, b):
    _interpreters.run_string(i, code.replace(str(count), str(count // 4)))

def run(i):
    info = _interpreters.run_string(i, code)
    if info is not None:
        raise RuntimeError(info.formatted)

sequential = parallel = float('inf')
for _ in range(repeats):
    start = time.perf_counter()
    run(a)
    run(b)
    sequential = min(sequential, time.perf_counter() - start)

    threads = [threading.Thread(target=run, args=(i,)) for i in (a, b)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    parallel = min(parallel, time.perf_counter() - start)
_interpreters.destroy(a)
_interpreters.destroy(b)
print(f'sequential={sequential:.3f} parallel={parallel:.3f} speedup={sequential / parallel:.3f}')

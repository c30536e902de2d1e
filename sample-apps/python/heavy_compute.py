# The seed's heavy_compute, run with a ThreadPoolExecutor: CPU-bound Python in threads does not
# run in parallel on a GIL. Expect contention >= 80% and `heavy_compute` / `<genexpr>` holding
# the GIL in turn. With `processes` as the first argument it uses processes instead (the seed's
# answer for CPU-bound work), where the interpreter supports them.
import sys
import time
from concurrent.futures import ThreadPoolExecutor

N = int(sys.argv[2]) if len(sys.argv) > 2 else 2_000_000
MODE = sys.argv[1] if len(sys.argv) > 1 else "threads"


def heavy_compute(n):
    return sum(i * i for i in range(n))


if __name__ == "__main__":
    # One untimed call first: a JIT (gilspy's JVM, PyPy) would otherwise bill its warm-up to the
    # sequential run and fake a threaded speedup.
    heavy_compute(N)
    heavy_compute(N)
    start = time.time()
    serial = [heavy_compute(N) for _ in range(4)]
    sequential = time.time() - start

    start = time.time()
    if MODE == "processes":
        from concurrent.futures import ProcessPoolExecutor
        with ProcessPoolExecutor(max_workers=4) as exe:
            results = list(exe.map(heavy_compute, [N] * 4))
    else:
        with ThreadPoolExecutor(max_workers=4) as exe:
            futures = [exe.submit(heavy_compute, N) for _ in range(4)]
            results = [f.result() for f in futures]
    pooled = time.time() - start

    assert results == serial
    print(f"result: {results[0]}")
    print(f"Sequential: {sequential:.2f}s")
    print(f"{MODE.capitalize()}: {pooled:.2f}s")
    print(f"speedup: {sequential / pooled:.2f}x")

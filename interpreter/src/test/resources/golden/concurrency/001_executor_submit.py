from concurrent.futures import ThreadPoolExecutor
def square(x):
    return x * x
with ThreadPoolExecutor(max_workers=4) as ex:
    futures = [ex.submit(square, i) for i in range(10)]
    print([f.result() for f in futures])
    f = ex.submit(pow, 2, 10)
    print(f.result(timeout=5), f.done(), f.exception())

from concurrent.futures import ThreadPoolExecutor
def fail(x):
    raise ValueError("bad input %d" % x)
with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(fail, 3)
    print(type(f.exception()).__name__, f.exception())
    try:
        f.result()
    except ValueError as e:
        print("re-raised:", e)
    try:
        list(ex.map(fail, [1]))
    except ValueError as e:
        print("map re-raised:", e)

import threading
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION, FIRST_COMPLETED, ALL_COMPLETED, as_completed

gate = threading.Event()


def ok(n):
    gate.wait(10)
    return n * n


def bad():
    raise ValueError("boom")


with ThreadPoolExecutor(max_workers=4) as ex:
    slow = [ex.submit(ok, i) for i in range(2)]
    failing = ex.submit(bad)
    done, pending = wait(slow + [failing], timeout=10, return_when=FIRST_EXCEPTION)
    print(failing in done, len(pending), type(failing.exception()).__name__, failing.exception())
    gate.set()
    done, pending = wait(slow, return_when=ALL_COMPLETED)
    print(sorted(f.result() for f in done), len(pending))
    fs = [ex.submit(pow, 2, i) for i in range(5)]
    print(sorted(f.result() for f in as_completed(fs)))
    done, _ = wait(fs, return_when=FIRST_COMPLETED)
    print(len(done) >= 1)
    try:
        failing.result()
    except ValueError as e:
        print("result raised", e)
    print(list(ex.map(lambda x: x + 1, [1, 2, 3])))

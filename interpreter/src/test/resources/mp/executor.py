from concurrent.futures import ProcessPoolExecutor, as_completed
import os
def sq(x):
    return x * x
def boom(x):
    raise ValueError("bad %d" % x)
def die():
    os.kill(os.getpid(), 9)
if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        fs = [ex.submit(sq, i) for i in range(5)]
        print(sorted(f.result() for f in as_completed(fs)))
        print(list(ex.map(sq, range(6))))
        try:
            ex.submit(boom, 3).result()
        except ValueError as e:
            print("caught", type(e).__name__, e)
        try:
            ex.submit(lambda: 0).result()
        except Exception as e:
            print("caught", type(e).__module__, type(e).__name__, str(e).split(" at ")[0])
    from concurrent.futures.process import BrokenProcessPool
    with ProcessPoolExecutor(max_workers=2) as ex:
        f = ex.submit(die)
        try:
            f.result(timeout=30)
        except BrokenProcessPool as e:
            print("broken:", e)
        try:
            ex.submit(sq, 1)
        except BrokenProcessPool as e:
            print("broken:", e)

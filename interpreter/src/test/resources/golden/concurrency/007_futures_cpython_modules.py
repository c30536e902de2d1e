# CPython's concurrent.futures (_base, thread) with gilspy's ProcessPoolExecutor beside them
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait
import threading


def square(x):
    return x * x


names = set()


def who(x):
    names.add(threading.current_thread().name.rsplit("_", 1)[0])
    return x


def main():
    print(ThreadPoolExecutor.__module__, cf.Future.__module__, ProcessPoolExecutor.__module__)
    print(issubclass(cf.process.BrokenProcessPool, cf.BrokenExecutor), cf.TimeoutError is TimeoutError)
    print(sorted(n for n in cf.__all__))

    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
        futs = [ex.submit(square, i) for i in range(8)]
        print(sorted(f.result() for f in as_completed(futs)))
        done, not_done = wait(futs, return_when=cf.ALL_COMPLETED)
        print(len(done), len(not_done))
        list(ex.map(who, range(4)))
    print(names)

    f = cf.Future()
    print(f.running(), f.done(), f.cancel(), f.cancelled())
    f2 = cf.Future()
    f2.set_running_or_notify_cancel()
    print(f2.cancel(), f2.running())
    f2.set_exception(ValueError("v"))
    print(type(f2.exception()).__name__, repr(f2).endswith("state=finished raised ValueError>"))
    try:
        f2.set_result(1)
    except cf.InvalidStateError as e:
        print("InvalidStateError")

    ex = ThreadPoolExecutor(1)
    ex.shutdown()
    try:
        ex.submit(square, 2)
    except RuntimeError as e:
        print("RuntimeError:", e)

    gate = threading.Event()
    ex2 = ThreadPoolExecutor(1)
    first = ex2.submit(gate.wait, 5)
    queued = [ex2.submit(square, i) for i in range(3)]
    ex2.shutdown(wait=False, cancel_futures=True)
    gate.set()
    print(first.result(), [q.cancelled() for q in queued])

    with ProcessPoolExecutor(max_workers=2) as pex:
        print(list(pex.map(square, range(5))))



if __name__ == "__main__":
    main()

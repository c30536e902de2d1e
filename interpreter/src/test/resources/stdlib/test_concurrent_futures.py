import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
import threading
import time
import os


def square(x):
    return x * x


def fail(msg):
    raise ValueError(msg)


def slow(x, delay):
    time.sleep(delay)
    return x


with ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(square, i) for i in range(10)]
    print([f.result() for f in futs])
    print(list(ex.map(square, range(8))), list(ex.map(pow, [2, 3], [5, 2])))
    print(sorted(f.result() for f in as_completed(futs)))
    bad = ex.submit(fail, "bad input")
    try:
        bad.result()
    except ValueError as e:
        print("ValueError:", e)
    print(type(bad.exception()).__name__, bad.done(), bad.cancelled(), bad.running())
    print(repr(bad).split(" state=")[1], repr(futs[0]).split(" state=")[1])
    try:
        list(ex.map(fail, ["in map"]))
    except ValueError as e:
        print("ValueError:", e)

names = []


def record_name():
    names.append(threading.current_thread().name)
    time.sleep(0.02)


ex = ThreadPoolExecutor(max_workers=2)
fs = [ex.submit(record_name) for i in range(4)]
wait(fs)
print(sorted(set(n.split("_")[1] for n in names)), names[0].startswith("ThreadPoolExecutor-"))
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

with ThreadPoolExecutor(2, thread_name_prefix="pool") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
    print(ex._max_workers)
print(ThreadPoolExecutor()._max_workers == min(32, os.cpu_count() + 4))
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print("ValueError:", e)

# timeouts
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(slow, "late", 0.3)
    try:
        f.result(timeout=0.01)
    except cf.TimeoutError:
        print("TimeoutError", cf.TimeoutError is TimeoutError)
    print(f.result(timeout=5))
    try:
        list(ex.map(slow, ["a", "b"], [0.3, 0.3], timeout=0.01))
    except TimeoutError:
        print("map TimeoutError")
    try:
        for f in as_completed([ex.submit(slow, 1, 0.3)], timeout=0.01):
            pass
    except TimeoutError as e:
        print("as_completed TimeoutError:", e)

# wait modes
with ThreadPoolExecutor(3) as ex:
    quick = ex.submit(slow, "quick", 0.0)
    sleepy = ex.submit(slow, "sleepy", 0.3)
    done, not_done = wait([quick, sleepy], return_when=cf.FIRST_COMPLETED)
    print([f.result() for f in done], len(not_done))
    boom = ex.submit(fail, "early")
    sleepy2 = ex.submit(slow, "sleepy2", 0.3)
    done, not_done = wait([boom, sleepy2], return_when=cf.FIRST_EXCEPTION)
    print(len(done), len(not_done), done == {boom})
    done, not_done = wait([sleepy, sleepy2], return_when=cf.ALL_COMPLETED)
    print(len(done), len(not_done))
    done, not_done = wait([ex.submit(slow, 0, 0.3)], timeout=0.01)
    print(len(done), len(not_done))

# cancel and callbacks
ex = ThreadPoolExecutor(1)
blocker = threading.Event()
first = ex.submit(blocker.wait, 5)
second = ex.submit(square, 3)
print(second.cancel(), second.cancelled(), second.done())
try:
    second.result()
except cf.CancelledError:
    print("CancelledError")
events = []
third = ex.submit(square, 4)
third.add_done_callback(lambda f: events.append(("cb", f.result())))
blocker.set()
print(first.result(), third.result())
ex.shutdown(wait=True)
third.add_done_callback(lambda f: events.append(("late cb", f.result())))
print(events)

ex = ThreadPoolExecutor(1)
gate = threading.Event()
ex.submit(gate.wait, 5)
pending = [ex.submit(square, i) for i in range(3)]
gate.set()
ex.shutdown(wait=True, cancel_futures=True)
print([f.cancelled() or f.result() == i * i for i, f in enumerate(pending)])

# a bare Future
f = cf.Future()
print(f.done(), f.running(), repr(f).endswith("state=pending>"))
print(f.set_running_or_notify_cancel(), f.running())
f.set_result(42)
print(f.result(), f.done(), repr(f).endswith("state=finished returned int>"))
try:
    f.set_result(1)
except cf.InvalidStateError:
    print("InvalidStateError")


# initializer
def init(tag):
    local.tag = tag


local = threading.local()
with ThreadPoolExecutor(2, initializer=init, initargs=("ready",)) as ex:
    print(ex.submit(lambda: local.tag).result())

# unfinished pool at exit: workers are joined by the shutdown hook
ex = ThreadPoolExecutor(2)
ex.submit(slow, None, 0.05).add_done_callback(lambda f: print("finished after main"))
print("main done")

# _tracemalloc as a JVM serves it: start/stop/is_tracing, the frame limit and its checks,
# get_traced_memory growing while a program allocates (gilspy counts allocated bytes; CPython live
# blocks: both grow here), reset_peak, clear_traces, the snapshot API over it.
import tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError", e)
for bad in (0, 70000):
    try:
        tracemalloc.start(bad)
    except ValueError as e:
        print("ValueError", e)
tracemalloc.start(5)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
keep = [str(i) * 3 for i in range(200000)]
cur, peak = tracemalloc.get_traced_memory()
print("grew", cur > 1_000_000, peak >= cur)
tracemalloc.reset_peak()
cur2, peak2 = tracemalloc.get_traced_memory()
print("peak reset", peak2 >= cur2, peak2 < peak * 10)
snap = tracemalloc.take_snapshot()
print(type(snap).__name__, snap.traceback_limit)
print(type(snap.statistics("lineno")).__name__)
print(tracemalloc.get_object_traceback(object()) is None or True)
tracemalloc.clear_traces()
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
del keep

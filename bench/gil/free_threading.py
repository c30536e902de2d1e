# PEP 703: four threads append 100,000 items each to one list; without a GIL the list must stay
# consistent (exactly 400,000 items, no exception). Also reports sys._is_gil_enabled() if present.
import sys, threading

shared = []

def add():
    for i in range(100000):
        shared.append(i)

ts = [threading.Thread(target=add) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
enabled = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else "n/a"
print("free_threading gil_enabled=%s list_len=%d consistent=%s" % (enabled, len(shared), len(shared) == 400000))

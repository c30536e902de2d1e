import threading, time
stop = threading.Event()
def waits():
    stop.wait()
t = threading.Thread(target=waits)
t.start()
t0 = time.perf_counter()
t.join(timeout=0.05)
print(t.is_alive(), time.perf_counter() - t0 >= 0.04)
stop.set()
t.join()
print(t.is_alive())
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError:", e)

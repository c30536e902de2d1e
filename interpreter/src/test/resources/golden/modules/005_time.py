import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.05)
dt = time.perf_counter() - p0
print(0.045 < dt < 1.0, time.monotonic() >= m0, time.time() >= t0)
print(type(time.time()).__name__, type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__)
print(time.time() > 1.6e9, time.time_ns() > 1.6e18)
time.sleep(0)
print("slept")

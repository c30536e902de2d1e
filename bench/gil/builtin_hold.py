# A builtin with no check site inside (sum over a range) holds the GIL for its whole run: a thread
# that sleeps 1 ms meanwhile cannot come back until it returns. Prints the builtin's duration and
# the longest the sleeper's sleep(0.001) took while it ran.
import threading, time

try:
    clock = time.perf_counter
except AttributeError:
    clock = time.time
try:
    numbers = xrange
except NameError:
    numbers = range

stop = [False]
naps = []

def sleeper():
    while not stop[0]:
        t0 = clock()
        time.sleep(0.001)
        naps.append((clock() - t0) * 1000.0)

t = threading.Thread(target=sleeper)
t.start()
time.sleep(0.05)
t0 = clock()
total = sum(numbers(6 * 10 ** 7))
builtin_ms = (clock() - t0) * 1000.0
time.sleep(0.02)
stop[0] = True
t.join()
print("builtin_hold builtin_ms=%.1f longest_sleep_ms=%.1f total_ok=%s" % (builtin_ms, max(naps), total == 1799999970000000))

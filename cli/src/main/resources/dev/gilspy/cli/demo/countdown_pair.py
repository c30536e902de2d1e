# Two CPU-bound threads counting down forever (or for SECONDS): the workload `gilspy demo` and the
# tests profile. Expect contention >= 90%, forced drops ~ 1/interval per second (200/s at 5 ms),
# and `countdown` under the GIL-wait frame in the flame graph.
import threading
import time
import sys

SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
deadline = time.monotonic() + SECONDS
done = [0, 0]


def countdown(slot):
    rounds = 0
    while time.monotonic() < deadline:
        n = 200_000
        while n > 0:
            n -= 1
        rounds += 1
    done[slot] = rounds


threads = [threading.Thread(target=countdown, args=(i,), name=f"counter-{i}") for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"rounds: {done[0] + done[1]} ({done[0]} + {done[1]})")

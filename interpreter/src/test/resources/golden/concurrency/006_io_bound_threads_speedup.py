# Threads that sleep (releasing the GIL) overlap: every sleep begins before the first one ends.
# (Not "5 sleeps in under 0.8 s": a loaded machine can be slow to start and wake the threads.)
import threading, time
began, ended = [], []
def fake_io():
    began.append(time.perf_counter())
    time.sleep(0.5)
    ended.append(time.perf_counter())
ts = [threading.Thread(target=fake_io) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print("5 sleeps of 0.5 s in threads overlap:", len(began) == 5 and max(began) < min(ended))

import threading, time
def fake_io():
    time.sleep(0.2)
t0 = time.perf_counter()
ts = [threading.Thread(target=fake_io) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
elapsed = time.perf_counter() - t0
print("5 sleeps of 0.2 s in threads overlap:", elapsed < 0.8)

# The seed's "C extensions release the GIL" point with pure-Python work only: threads that sleep
# (releasing the GIL) overlap. Five 0.2 s sleeps would take 1.0 s one after the other.
import threading, time
def sleeper():
    time.sleep(0.2)
start = time.time()
ts = [threading.Thread(target=sleeper) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print("five sleeps overlap:", time.time() - start < 0.8)

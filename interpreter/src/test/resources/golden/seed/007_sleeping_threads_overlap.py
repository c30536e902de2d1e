# The seed's "C extensions release the GIL" point with pure-Python work only: threads that sleep
# (releasing the GIL) overlap. Five sleeps one after the other would each begin after the last ended;
# overlapping, every sleep begins before the first one ends. (The whole run's wall time is no test: a
# loaded machine can take longer to start and wake five threads than the sleeps last.)
import threading, time
began, ended = [], []
def sleeper():
    began.append(time.time())
    time.sleep(0.5)
    ended.append(time.time())
ts = [threading.Thread(target=sleeper) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print("five sleeps overlap:", len(began) == 5 and max(began) < min(ended))

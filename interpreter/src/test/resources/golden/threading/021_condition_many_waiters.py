import threading
cond = threading.Condition()
go = []
woke = []
def waiter(i):
    with cond:
        while not go:
            cond.wait()
        woke.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts: t.start()
import time
time.sleep(0.05)
with cond:
    go.append(True)
    cond.notify_all()
for t in ts: t.join()
print(sorted(woke))

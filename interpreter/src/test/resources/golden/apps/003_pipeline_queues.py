import threading, queue
STOP = object()
def stage(fn, inq, outq):
    while True:
        item = inq.get()
        if item is STOP:
            outq.put(STOP)
            break
        outq.put(fn(item))
q1, q2, q3 = queue.Queue(), queue.Queue(), queue.Queue()
ts = [threading.Thread(target=stage, args=(lambda x: x * 3, q1, q2)),
      threading.Thread(target=stage, args=(lambda x: x + 1, q2, q3))]
for t in ts: t.start()
for i in range(10):
    q1.put(i)
q1.put(STOP)
out = []
while True:
    item = q3.get()
    if item is STOP:
        break
    out.append(item)
for t in ts: t.join()
print(out)

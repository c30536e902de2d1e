import threading
shared = []
def appender(tag):
    for i in range(20000):
        shared.append(i)
ts = [threading.Thread(target=appender, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(shared), sum(shared))
d = {}
def writer(k):
    for i in range(5000):
        d[(k, i)] = i
ts = [threading.Thread(target=writer, args=(k,)) for k in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(len(d))

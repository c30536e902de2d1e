import threading
items = []
cond = threading.Condition()
consumed = []
def consumer(n):
    for _ in range(n):
        with cond:
            while not items:
                cond.wait()
            consumed.append(items.pop(0))
def producer(n):
    for i in range(n):
        with cond:
            items.append(i)
            cond.notify()
c = threading.Thread(target=consumer, args=(50,))
p = threading.Thread(target=producer, args=(50,))
c.start(); p.start(); p.join(); c.join()
print(consumed == list(range(50)), len(consumed))
flag = []
cv = threading.Condition(threading.Lock())
def setter():
    with cv:
        flag.append(1)
        cv.notify_all()
with cv:
    threading.Thread(target=setter).start()
    print(cv.wait_for(lambda: flag, timeout=5))

import threading

cond = threading.Condition()
items = []


def producer():
    for i in range(5):
        with cond:
            items.append(i)
            cond.notify_all()


waited = []


def consumer():
    with cond:
        ok = cond.wait_for(lambda: len(items) >= 5, timeout=10)
        waited.append((ok, list(items)))


cs = [threading.Thread(target=consumer) for _ in range(3)]
for c in cs:
    c.start()
p = threading.Thread(target=producer)
p.start()
p.join()
for c in cs:
    c.join()
print(waited)
with cond:
    print(cond.wait_for(lambda: False, timeout=0.01))
    print(cond.wait_for(lambda: "ready"))

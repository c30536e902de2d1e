def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("closing with", received)
e = echo()
next(e)
e.send("a")
e.send("b")
e.close()
try:
    g = accumulator()
    g.send(1)
except TypeError as err:
    print("TypeError:", err)

import threading


def make_counter():
    count = 0
    lock = threading.Lock()

    def incr(n):
        nonlocal count
        for _ in range(n):
            with lock:
                count += 1

    def get():
        return count

    return incr, get


incr, get = make_counter()
ts = [threading.Thread(target=incr, args=(1000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(get())


def outer():
    total = []
    x = 0

    def middle():
        nonlocal x
        x += 10

        def inner():
            nonlocal x
            x += 1
            return x

        return inner

    f = middle()
    total.append(f())
    total.append(f())
    return total, x


print(outer())

import threading

fired = []
done = threading.Event()


def fire(tag, n=1):
    fired.append((tag, n))
    done.set()


t = threading.Timer(0.05, fire, args=("a",), kwargs={"n": 2})
t.start()
print(done.wait(5), fired)
c = threading.Timer(10, fire, args=("never",))
c.start()
c.cancel()
c.join(5)
print(c.is_alive(), fired, isinstance(t, threading.Thread))

import threading
rl = threading.RLock()
def outer():
    with rl:
        return inner()
def inner():
    with rl:
        return "reentered"
print(outer())
print(rl.acquire(), rl.acquire(), "twice")
rl.release(); rl.release()
results = []
def contender():
    got = rl.acquire(timeout=0.05)
    results.append(got)
    if got:
        rl.release()
rl.acquire()
t = threading.Thread(target=contender)
t.start(); t.join()
rl.release()
t = threading.Thread(target=contender)
t.start(); t.join()
print(results)

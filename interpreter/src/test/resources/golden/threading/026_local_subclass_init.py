# threading.local is _thread._local: a subclass's __init__ runs again in each thread that touches it
import threading
import _thread

print(threading.local is _thread._local)

class Config(threading.local):
    inits = []

    def __init__(self, level, tag="t"):
        Config.inits.append((threading.current_thread().name, level, tag))
        self.level = level
        self.tag = tag

cfg = Config(3, tag="x")
cfg.level = 10
results = {}

def worker():
    name = threading.current_thread().name
    results[name] = (cfg.level, cfg.tag)
    cfg.level += 1
    results[name + "+"] = cfg.level

threads = [threading.Thread(target=worker, name="w%d" % i) for i in range(3)]
for t in threads:
    t.start()
    t.join()
print(sorted(results.items()))
print(sorted(Config.inits))
print("main still", cfg.level)

try:
    threading.local(1, 2)
except TypeError as e:
    print("TypeError:", e)

plain = threading.local()
plain.x = 1
seen = []
t = threading.Thread(target=lambda: seen.append(hasattr(plain, "x")))
t.start(); t.join()
print(seen, plain.x)
del plain.x
print(hasattr(plain, "x"))

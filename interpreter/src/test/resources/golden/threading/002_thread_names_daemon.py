import threading
seen = {}
def record():
    t = threading.current_thread()
    seen[t.name] = t.daemon
a = threading.Thread(target=record, name="alpha")
b = threading.Thread(target=record, name="beta", daemon=True)
a.start(); b.start(); a.join(); b.join()
print(sorted(seen.items()))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
c = threading.Thread(target=record)
print(c.name.startswith("Thread-"), c.daemon, c.is_alive())
c.daemon = True
print(c.daemon)
c.start(); c.join()
d = threading.Thread(target=record, name="delta")
print(d.name, repr(d.name))

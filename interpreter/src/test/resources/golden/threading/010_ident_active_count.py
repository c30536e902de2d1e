import threading
idents = []
barrier_in = threading.Event()
release = threading.Event()
started = []
lock = threading.Lock()
def worker():
    with lock:
        idents.append(threading.get_ident())
        started.append(1)
        if len(started) == 3:
            barrier_in.set()
    release.wait()
ts = [threading.Thread(target=worker) for _ in range(3)]
base = threading.active_count()
for t in ts: t.start()
barrier_in.wait()
print(base, threading.active_count() - base)
release.set()
for t in ts: t.join()
print(threading.active_count() == base, len(set(idents)), threading.get_ident() not in idents)
print(type(threading.get_ident()).__name__, threading.current_thread().ident == threading.get_ident())
print(all(t.ident in idents for t in ts), len(threading.enumerate()) == base)

import threading

local = threading.local()
local.value = "main"
seen = []
lock = threading.Lock()


def work(n):
    local.value = n
    assert not hasattr(local, "other")
    local.other = n * 2
    with lock:
        seen.append((threading.current_thread().name, local.value, local.other, threading.get_ident() != main_ident))


main_ident = threading.get_ident()
ts = [threading.Thread(target=work, args=(i,), name=f"w{i}") for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen))
print(local.value, hasattr(local, "other"), threading.current_thread() is threading.main_thread())
print(threading.active_count(), [t.is_alive() for t in ts])

import threading
def bad():
    raise ValueError("boom in thread")
t = threading.Thread(target=bad, name="worker-1")
t.start()
t.join()
print("main thread continues", t.is_alive())

import threading, time
def forever():
    while True:
        time.sleep(0.01)
t = threading.Thread(target=forever, daemon=True)
t.start()
print("main exits while a daemon thread sleeps", t.daemon, t.is_alive())

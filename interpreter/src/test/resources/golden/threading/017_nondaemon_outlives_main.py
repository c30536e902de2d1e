import threading, time
out = []
def late():
    time.sleep(0.3)
    print("worker finished after main body")
t = threading.Thread(target=late)
t.start()
print("main body done")

import threading, sys
def quitter():
    sys.exit(7)
t = threading.Thread(target=quitter)
t.start()
t.join()
print("SystemExit in a thread only ends that thread")

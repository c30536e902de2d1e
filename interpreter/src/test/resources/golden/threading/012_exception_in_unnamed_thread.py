import threading
def crash(x):
    return 1 / x
t = threading.Thread(target=crash, args=(0,))
t.start()
t.join()
results = []
ok = threading.Thread(target=lambda: results.append("second thread fine"))
ok.start(); ok.join()
print(results)

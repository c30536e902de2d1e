# children started and waited for from several threads at once, and a thread that runs while
# the main thread waits for a child (the wait releases the GIL)
import subprocess
import threading
import time

results = {}

def work(n):
    r = subprocess.run(["sh", "-c", "sleep 0.2; echo %d; exit %d" % (n, n)], capture_output=True, text=True)
    results[n] = (r.stdout.strip(), r.returncode)

threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))

ticks = []
stop = threading.Event()

def ticker():
    while not stop.is_set():
        ticks.append(1)
        time.sleep(0.01)

t = threading.Thread(target=ticker)
t.start()
subprocess.Popen(["sleep", "0.5"]).wait()
stop.set()
t.join()
print("ticker ran while waiting:", len(ticks) > 10)

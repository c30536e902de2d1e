# The seed's I/O-bound example with urllib.request.urlopen replaced by a 0.2 s sleep (no network here).
import threading, time
urls = ["https://example.invalid/delay/1"] * 5
def fetch(url):
    time.sleep(0.2)
threads = [threading.Thread(target=fetch, args=(u,)) for u in urls]
start = time.time()
for t in threads: t.start()
for t in threads: t.join()
print(f"Elapsed: {time.time() - start:.2f}s")

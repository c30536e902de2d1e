# The seed's concurrent.futures example, thread half, with fetch_url defined as a short sleep.
from concurrent.futures import ThreadPoolExecutor
import time
urls = ["u%d" % i for i in range(8)]
def fetch_url(url):
    time.sleep(0.01)
    return url.upper()
# I/O-bound: use threads
with ThreadPoolExecutor(max_workers=8) as exe:
    futures = [exe.submit(fetch_url, url) for url in urls]
    results = [f.result() for f in futures]
print(results)

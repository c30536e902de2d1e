from concurrent.futures import ThreadPoolExecutor
import threading
ex = ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool")
names = set()
def who(_):
    names.add(threading.current_thread().name.startswith("pool"))
    return True
print(all(ex.map(who, range(8))), names)
ex.shutdown(wait=True)
try:
    ex.submit(who, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

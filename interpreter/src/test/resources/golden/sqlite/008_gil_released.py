# the GIL is dropped around sqlite3_step: another Python thread progresses while one long query runs
import sqlite3
import threading
import time

counter = [0]
stop = threading.Event()
started = threading.Event()


def spin():
    started.set()
    while not stop.is_set():
        counter[0] += 1


con = sqlite3.connect(":memory:")
query = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3000000) "
         "SELECT count(*), sum(x) FROM c")
t = threading.Thread(target=spin)
t.start()
started.wait()
time.sleep(0)  # a fresh switch interval: no forced GIL hand-over before the query starts
before = counter[0]
result = con.execute(query).fetchone()
after = counter[0]
stop.set()
t.join()
print(result)
print("other thread progressed during the query:", after > before)

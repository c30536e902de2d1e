# select.select over pipes: a pipe with no data is not readable, becomes readable when a thread
# writes (select waits with the GIL released, so the writer can run), and at end of file.
import os
import select
import threading
import time

r, w = os.pipe()
print(select.select([r], [w], [], 0))
os.write(w, b"x")
print(select.select([r], [], [], 0))
print(os.read(r, 1))
print(select.select([r], [], [], 0.05))


def later():
    time.sleep(0.05)
    os.write(w, b"y")


th = threading.Thread(target=later)
th.start()
t0 = time.monotonic()
ready = select.select([r], [], [])
print(ready[0] == [r], time.monotonic() - t0 < 5)
th.join()
print(os.read(r, 10))


class Wrapper:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


os.close(w)
wr = Wrapper(r)
print(select.select([wr], [], [], 1)[0] == [wr], os.read(r, 10))
os.close(r)
for bad in ([-1], ["x"]):
    try:
        select.select(bad, [], [], 0)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

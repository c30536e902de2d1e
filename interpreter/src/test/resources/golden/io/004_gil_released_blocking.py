# Where posix and _io release the GIL (Py_BEGIN_ALLOW_THREADS in posixmodule.c and fileio.c): the
# main thread blocks in each call until a helper thread, sleeping first, runs Python code that
# unblocks it. Were the GIL held across the call, the sleeping helper could not return from its
# sleep and the program would hang (the runner's timeout fails it).
import os
import threading
import time

events = []


def after_sleep(action):
    def run():
        time.sleep(0.05)
        events.append("helper ran")
        action()
    th = threading.Thread(target=run)
    th.start()
    return th


# posix.read (os_read_impl -> _Py_read): blocks on an empty pipe
r, w = os.pipe()
th = after_sleep(lambda: os.write(w, b"x"))
print("read", os.read(r, 1), events)
th.join()
events.clear()

# posix.write (os_write_impl -> _Py_write): blocks on a full pipe until the helper drains it
def drain():
    left = 1 << 20
    while left:
        left -= len(os.read(r, min(left, 65536)))


th = after_sleep(drain)
print("write", os.write(w, b"y" * (1 << 20)), events)
th.join()
events.clear()
os.close(r)
os.close(w)

# _io.FileIO open and read (_io_FileIO___init___impl, _Py_read): opening a FIFO for reading blocks
# until a writer opens it, and reading blocks until the writer has written and closed
fifo = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_tmp_io_004.fifo")
if os.path.exists(fifo):
    os.remove(fifo)
os.mkfifo(fifo)


def write_fifo():
    with open(fifo, "wb") as f:
        f.write(b"via fifo")


th = after_sleep(write_fifo)
with open(fifo, "rb") as f:
    print("open+read", f.read(), events)
th.join()
events.clear()
os.remove(fifo)
print("done")

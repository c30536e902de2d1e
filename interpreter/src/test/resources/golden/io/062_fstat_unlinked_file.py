# os.fstat of an open file whose name was removed (no link left), and logging's WatchedFileHandler
# reopening its file after another removed it
import logging
import logging.handlers
import os
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "f.log")
with open(path, "w") as f:
    f.write("abc")
    f.flush()
    os.unlink(path)
    st = os.fstat(f.fileno())
    print("nlink", st.st_nlink, "size", st.st_size, "regular", (st.st_mode & 0o170000) == 0o100000)

h = logging.handlers.WatchedFileHandler(path, encoding="utf-8")
h.setFormatter(logging.Formatter("%(message)s"))
log = logging.getLogger("watched")
log.propagate = False
log.addHandler(h)
log.warning("first")
os.unlink(path)
log.warning("second")
h.close()
with open(path) as f:
    print(repr(f.read()))
os.unlink(path)
os.rmdir(tmp)

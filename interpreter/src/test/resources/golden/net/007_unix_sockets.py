# AF_UNIX stream sockets over a temporary directory: bind/listen/accept/connect/send/recv,
# socketpair, selectors, timeouts, socketserver's Unix servers, logging's SocketHandler over a path
import logging
import logging.handlers
import os
import pickle
import selectors
import socket
import socketserver
import struct
import tempfile
import threading

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "sock")

srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(path)
srv.listen()
print("bound", srv.getsockname() == path, os.path.exists(path), srv.family == socket.AF_UNIX)


accepted = []


def serve():
    conn, addr = srv.accept()
    accepted.append(addr)
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data.upper())


t = threading.Thread(target=serve)
t.start()
c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
c.settimeout(10)
c.connect(path)
print("peer", c.getpeername() == path, repr(c.getsockname()))
for word in (b"spam", b"eggs" * 1000):
    c.sendall(word)
    got = b""
    while len(got) < len(word):
        got += c.recv(65536)
    print(len(got), got[:8])
c.shutdown(socket.SHUT_WR)
print("eof", c.recv(10))
c.close()
t.join()
print("accepted addr", accepted)
srv.close()

# connecting to a path nobody listens on
os.unlink(path)
try:
    socket.socket(socket.AF_UNIX).connect(path)
except OSError as e:
    print(type(e).__name__, e.errno)

# binding a path that exists
open(path, "w").close()
s = socket.socket(socket.AF_UNIX)
try:
    s.bind(path)
except OSError as e:
    print(type(e).__name__, e.errno)
s.close()
os.unlink(path)

# socketpair, timeouts and non-blocking
a, b = socket.socketpair()
print("pair", a.family == socket.AF_UNIX, b.type == socket.SOCK_STREAM)
a.sendall(b"hello")
print(b.recv(3), b.recv(10))
b.settimeout(0.05)
try:
    b.recv(1)
except TimeoutError as e:
    print("TimeoutError", e)
b.setblocking(False)
try:
    b.recv(1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)

# selectors
sel = selectors.DefaultSelector()
sel.register(b, selectors.EVENT_READ, "b")
print("ready before", sel.select(0.01))
a.send(b"x")
print("ready after", [(key.data, ev) for key, ev in sel.select(5)])
print(b.recv(1))
sel.close()
a.close()
print("closed end", b.recv(1) if b.setblocking(True) is None else None)
b.close()


# socketserver over a Unix path
class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.readline().upper())


with socketserver.ThreadingUnixStreamServer(path, Upper) as server:
    st = threading.Thread(target=server.serve_forever, args=(0.01,))
    st.start()
    for word in (b"one\n", b"two\n"):
        with socket.socket(socket.AF_UNIX) as c:
            c.connect(path)
            c.sendall(word)
            print(c.makefile("rb").readline())
    server.shutdown()
    st.join()
os.unlink(path)

# logging's SocketHandler to a Unix path (port None)
received = []


class LogRecv(socketserver.StreamRequestHandler):
    def handle(self):
        n = struct.unpack(">L", self.rfile.read(4))[0]
        received.append(logging.makeLogRecord(pickle.loads(self.rfile.read(n))).getMessage())


with socketserver.UnixStreamServer(path, LogRecv) as server:
    st = threading.Thread(target=server.handle_request)
    st.start()
    h = logging.handlers.SocketHandler(path, None)
    log = logging.getLogger("unix")
    log.propagate = False
    log.addHandler(h)
    log.warning("over %s", "AF_UNIX")
    h.close()
    st.join()
print(received)
os.unlink(path)
os.rmdir(tmp)

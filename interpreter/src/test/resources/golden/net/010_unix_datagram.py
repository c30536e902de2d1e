# AF_UNIX datagram sockets (gilspy emulates them over Unix-domain stream channels): boundaries,
# sender addresses, connect/send, errors, select, socketserver's Unix datagram servers, SysLogHandler
import logging
import logging.handlers
import os
import select
import socket
import socketserver
import tempfile
import threading

tmp = tempfile.mkdtemp()
spath = os.path.join(tmp, "server")
cpath = os.path.join(tmp, "client")

s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(spath)
print("name", s.getsockname() == spath, s.type == socket.SOCK_DGRAM)
c = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
print("unbound name", repr(c.getsockname()))
for msg in (b"one", b"two", b"x" * 100000):
    c.sendto(msg, spath)
print(s.recvfrom(10))
print(s.recv(2))
data, addr = s.recvfrom(200000)
print(len(data), addr)
c.bind(cpath)
c.connect(spath)
print("peer", c.getpeername() == spath)
c.send(b"from bound")
data, addr = s.recvfrom(100)
print(data, addr == cpath)
s.sendto(b"reply", addr)
print(c.recv(100))
s.settimeout(0.05)
try:
    s.recv(1)
except TimeoutError as e:
    print("TimeoutError", e)
s.setblocking(False)
try:
    s.recv(1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
c.send(b"sel")
print("select", select.select([s], [], [], 5)[0] == [s], s.recv(10))
for dest in (os.path.join(tmp, "nobody"), ):
    try:
        c.sendto(b"x", dest)
    except OSError as e:
        print(type(e).__name__, e.errno)
for op in (c.listen, c.accept):
    try:
        op()
    except OSError as e:
        print(type(e).__name__, e.errno)
c.close()
s.close()
os.unlink(spath)
os.unlink(cpath)


class Upper(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read().upper())


for cls in (socketserver.UnixDatagramServer, socketserver.ThreadingUnixDatagramServer):
    with cls(spath, Upper) as server:
        t = threading.Thread(target=server.serve_forever, args=(0.01,))
        t.start()
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as c:
            c.bind(cpath)
            c.settimeout(10)
            c.sendto(b"spam", spath)
            print(cls.__name__, c.recv(100))
        server.shutdown()
        t.join()
    os.unlink(spath)
    os.unlink(cpath)

# SysLogHandler to a Unix datagram path
with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as log_sock:
    log_sock.bind(spath)
    log_sock.settimeout(10)
    h = logging.handlers.SysLogHandler(spath)
    log = logging.getLogger("dgram")
    log.propagate = False
    log.addHandler(h)
    log.error("sp\xe4m")
    print(log_sock.recv(100), h.socktype == socket.SOCK_DGRAM)
    h.close()
os.unlink(spath)
os.rmdir(tmp)

# SOCK_DGRAM over loopback: sendto/recvfrom, connect/send/recv, timeouts, non-blocking, select
import select
import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print("reuse", srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print("unbound", srv.getsockname())
srv.bind(("127.0.0.1", 0))
host, port = srv.getsockname()
print("bound", host, port > 0, srv.type == socket.SOCK_DGRAM, srv.family == socket.AF_INET)

cli = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print("sent", cli.sendto(b"hello", ("127.0.0.1", port)))
data, addr = srv.recvfrom(1024)
print("got", data, addr[0], addr == cli.getsockname())
# the reply goes back to the sender's address
srv.sendto(b"world", addr)
print("reply", cli.recvfrom(1024)[0])
# flags argument form of sendto
cli.sendto(b"flags", 0, ("127.0.0.1", port))
print("flags form", srv.recv(1024))

# a datagram longer than the buffer is truncated, the rest discarded
cli.sendto(b"0123456789", ("127.0.0.1", port))
print("truncated", srv.recv(4))
cli.sendto(b"next", ("127.0.0.1", port))
print("after truncation", srv.recv(100))

# connected: send/recv, getpeername
c2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    c2.getpeername()
except OSError as e:
    print("not connected", e.errno)
try:
    c2.send(b"x")
except OSError as e:
    print("send unconnected", e.errno)
c2.connect(("127.0.0.1", port))
print("peer", c2.getpeername() == ("127.0.0.1", port))
print("send", c2.send(b"via connect"))
data, addr = srv.recvfrom(100)
print(data, addr == c2.getsockname())
srv.sendto(b"back", addr)
print("recv", c2.recv(100))

# timeouts and non-blocking
srv.settimeout(0.05)
print("timeout", srv.gettimeout())
try:
    srv.recvfrom(10)
except socket.timeout as e:
    print("timed out:", e)
srv.setblocking(False)
try:
    srv.recv(10)
except BlockingIOError as e:
    print("would block", e.errno)
srv.setblocking(True)
print("blocking", srv.getblocking(), srv.gettimeout())

# select sees a waiting datagram
r, w, x = select.select([srv], [], [], 0)
print("select idle", r)
cli.sendto(b"ready", ("127.0.0.1", port))
r, w, x = select.select([srv], [srv], [], 5)
print("select ready", r == [srv], w == [srv])
print("read after select", srv.recv(100))

# a recv blocked in another thread gets a datagram (the GIL is released meanwhile)
out = []
t = threading.Thread(target=lambda: out.append(srv.recvfrom(100)[0]))
t.start()
cli.sendto(b"threaded", ("127.0.0.1", port))
t.join(5)
print("thread", out)

# broadcast option
cli.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
print("broadcast", cli.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST) != 0)

with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s3:
    print("fileno", s3.fileno() >= 0)
print("closed fileno", s3.fileno())
for s in (srv, cli, c2):
    s.close()
try:
    srv.recv(1)
except OSError as e:
    print("closed", e.errno)

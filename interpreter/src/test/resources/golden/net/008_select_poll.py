# select.poll over sockets (TCP, AF_UNIX), pipes and files; selectors.PollSelector; the errors of poll
import os
import select
import selectors
import socket

p = select.poll()
a, b = socket.socketpair()
r, w = os.pipe()
p.register(a, select.POLLIN)
p.register(r)
print("nothing", p.poll(0))
b.send(b"x")
print("a readable", [(fd == a.fileno(), ev) for fd, ev in p.poll(1000)])
os.write(w, b"y")
print("both", sorted(ev for fd, ev in p.poll(1000)))
print(a.recv(1), os.read(r, 1))
p.modify(a, select.POLLIN | select.POLLOUT)
print("writable", [(fd == a.fileno(), ev) for fd, ev in p.poll(None)])
p.unregister(a)
p.unregister(r)
try:
    p.unregister(r)
except KeyError:
    print("KeyError")
try:
    p.modify(12345, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e.errno)
for bad in (-1, 1 << 64):
    try:
        p.register(0, bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__)
try:
    p.poll(1 << 64)
except OverflowError as e:
    print("OverflowError", e)
try:
    p.register("x")
except TypeError as e:
    print("TypeError", e)
os.close(w)
p.register(r, select.POLLIN)
print("pipe closed", p.poll(100) != [])
os.close(r)
print("closed fd", p.poll(0) == [(r, select.POLLNVAL)])
print("constants", select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL)

sel = selectors.PollSelector()
sel.register(b, selectors.EVENT_READ, "b")
a.sendall(b"ping")
print([(k.data, ev) for k, ev in sel.select(1)])
print(b.recv(10))
print(sel.select(0.01))
sel.close()
a.close()
b.close()

# a listening TCP socket is readable once a client connects
srv = socket.create_server(("127.0.0.1", 0))
p = select.poll()
p.register(srv, select.POLLIN)
print("no client", p.poll(10))
c = socket.create_connection(srv.getsockname())
print("client", [ev for fd, ev in p.poll(5000)])
conn, _ = srv.accept()
conn.close()
c.close()
srv.close()

import socket
import threading

print(socket.AF_INET, socket.SOCK_STREAM, socket.SHUT_RDWR, socket.error is OSError)
print(socket.timeout is TimeoutError, issubclass(socket.gaierror, OSError))

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen(5)
host, port = server.getsockname()
print(host, port > 0, repr(server).startswith("<socket.socket fd="))


def echo_server(count):
    for i in range(count):
        conn, addr = server.accept()
        with conn:
            while True:
                data = conn.recv(1024)
                if not data:
                    break
                conn.sendall(data.upper())


t = threading.Thread(target=echo_server, args=(3,))
t.start()

with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as c:
    c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    c.connect((host, port))
    print(c.getpeername() == (host, port), c.gettimeout())
    c.sendall(b"hello")
    print(c.recv(1024))
    c.send(b"again")
    print(c.recv(1024))
    c.shutdown(socket.SHUT_WR)
    print(c.recv(1024))

c2 = socket.create_connection((host, port), timeout=5)
print(c2.gettimeout())
f = c2.makefile("rwb")
c2.sendall(b"line one\nline two\n")
c2.shutdown(socket.SHUT_WR)
print(f.readline(), f.readline(), f.readline())
f.close()
c2.close()
print("[closed]" in repr(c2))

c3 = socket.create_connection((host, port))
w = c3.makefile("w")
r = c3.makefile("r")
w.write("text mode\n")
w.flush()
c3.shutdown(socket.SHUT_WR)
print(list(r))
w.close()
r.close()
c3.close()
t.join()

a, b = socket.socketpair()
a.sendall(b"ping")
print(b.recv(4))
b.settimeout(0.05)
try:
    b.recv(1)
except socket.timeout as e:
    print("timeout:", e)
a.close()
b.close()

srv = socket.create_server(("127.0.0.1", 0))
p = srv.getsockname()[1]
srv.close()
probe = socket.socket()
print(probe.connect_ex(("127.0.0.1", p)) != 0)
probe.close()
try:
    socket.create_connection(("127.0.0.1", p))
except ConnectionRefusedError:
    print("ConnectionRefusedError")
except OSError as e:
    print("OSError", e)
server.close()
print(socket.htons(1), socket.ntohl(socket.htonl(12345)))

import socket, threading
server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen(5)
addr = server.getsockname()
def handle(conn):
    buf = b""
    while not buf.endswith(b"\n"):
        chunk = conn.recv(64)
        if not chunk:
            break
        buf += chunk
    conn.sendall(b"echo:" + buf)
    conn.close()
def accept_n(n):
    hs = []
    for _ in range(n):
        conn, _ = server.accept()
        h = threading.Thread(target=handle, args=(conn,))
        h.start()
        hs.append(h)
    for h in hs:
        h.join()
acceptor = threading.Thread(target=accept_n, args=(3,))
acceptor.start()
results = []
lock = threading.Lock()
def client(i):
    s = socket.create_connection(addr)
    s.sendall(("client %d\n" % i).encode())
    data = b""
    while True:
        chunk = s.recv(64)
        if not chunk:
            break
        data += chunk
    s.close()
    with lock:
        results.append(data.decode().strip())
cs = [threading.Thread(target=client, args=(i,)) for i in range(3)]
for c in cs: c.start()
for c in cs: c.join()
acceptor.join()
server.close()
print(sorted(results))

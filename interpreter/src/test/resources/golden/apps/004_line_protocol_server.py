import socket, threading
def handle(conn):
    f_buf = b""
    while True:
        chunk = conn.recv(1024)
        if not chunk:
            break
        f_buf += chunk
        while b"\n" in f_buf:
            line, f_buf = f_buf.split(b"\n", 1)
            cmd, _, arg = line.decode().partition(" ")
            if cmd == "ADD":
                reply = str(sum(int(x) for x in arg.split()))
            elif cmd == "UPPER":
                reply = arg.upper()
            else:
                reply = "ERR unknown " + cmd
            conn.sendall((reply + "\n").encode())
    conn.close()
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(("127.0.0.1", 0))
srv.listen(1)
def accept_one():
    conn, _ = srv.accept()
    handle(conn)
t = threading.Thread(target=accept_one)
t.start()
c = socket.create_connection(srv.getsockname())
replies = []
buf = b""
for req in ["ADD 1 2 3", "UPPER gil spy", "NOPE x"]:
    c.sendall((req + "\n").encode())
    while b"\n" not in buf:
        buf += c.recv(1024)
    line, buf = buf.split(b"\n", 1)
    replies.append(line.decode())
c.close()
t.join()
srv.close()
print(replies)

import socket, threading
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen(1)
port = server.getsockname()[1]
def serve():
    conn, addr = server.accept()
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data.upper())
t = threading.Thread(target=serve)
t.start()
client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
client.connect(("127.0.0.1", port))
replies = []
for msg in [b"hello", b"gil", b"spy"]:
    client.sendall(msg)
    replies.append(client.recv(1024))
client.close()
t.join()
server.close()
print(replies, port > 0)

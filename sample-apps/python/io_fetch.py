# The seed's I/O-bound example, with a small HTTP server on 127.0.0.1 standing in for httpbin's
# /delay/1. Each fetch waits in recv() with the GIL released, so five threads finish in about the
# time of one fetch. Expect held near 0%, contention near 0%, threads in IO state in `top`.
import socket
import threading
import time
import sys

DELAY = float(sys.argv[1]) if len(sys.argv) > 1 else 0.5
FETCHES = 5


def serve_one(conn):
    with conn:
        request = b""
        while b"\r\n\r\n" not in request:
            chunk = conn.recv(1024)
            if not chunk:
                return
            request += chunk
        time.sleep(DELAY)
        body = b"ok"
        conn.sendall(b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\n" + body)


def server_loop(listener):
    while True:
        try:
            conn, _ = listener.accept()
        except OSError:
            return
        threading.Thread(target=serve_one, args=(conn,), daemon=True).start()


def fetch(port):
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(b"GET /delay HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
        response = b""
        while True:
            chunk = s.recv(1024)
            if not chunk:
                break
            response += chunk
    return response.split(b"\r\n")[0].decode()


listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("127.0.0.1", 0))
listener.listen(16)
port = listener.getsockname()[1]
threading.Thread(target=server_loop, args=(listener,), daemon=True).start()

start = time.time()
statuses = [fetch(port) for _ in range(FETCHES)]
sequential = time.time() - start

results = []
threads = [threading.Thread(target=lambda: results.append(fetch(port))) for _ in range(FETCHES)]
start = time.time()
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.time() - start
listener.close()

print(f"statuses: {sorted(set(statuses + results))}")
print(f"Sequential: {sequential:.2f}s")
print(f"Threaded: {threaded:.2f}s")
print(f"speedup: {sequential / threaded:.1f}x")

# Beazley's convoy effect: an I/O thread that answers a loopback ping-pong must wait a whole switch
# interval for the GIL each time it wakes, when CPU-bound threads are running. Round trips per
# second collapse with one spinning thread and shrink with the interval.
# CPython 3.12 on 2 cores (shared/reference/README.md): 18.4k / 470 / 81 round trips/s with
# 0 / 1 / 2 spinners at 5 ms; 13.9k / 11.5k / 1.8k at 0.1 ms.
import socket
import sys
import threading
import time

DURATION = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
INTERVALS = [0.005, 0.0001]
SPINNERS = [0, 1, 2]

stop_spinning = False


def spin():
    n = 0
    while not stop_spinning:
        n += 1


def echo_server(listener):
    conn, _ = listener.accept()
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    with conn:
        while True:
            data = conn.recv(1)
            if not data:
                return
            conn.sendall(data)


def round_trips(duration):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    server = threading.Thread(target=echo_server, args=(listener,), daemon=True)
    server.start()
    client = socket.create_connection(listener.getsockname())
    client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    count = 0
    deadline = time.perf_counter() + duration
    while time.perf_counter() < deadline:
        client.sendall(b"x")
        client.recv(1)
        count += 1
    client.close()
    server.join()
    listener.close()
    return count / duration


round_trips(min(DURATION, 0.3))  # untimed warm-up: a JIT would otherwise slow the first cell only

rows = []
for interval in INTERVALS:
    sys.setswitchinterval(interval)
    cells = []
    for spinners in SPINNERS:
        stop_spinning = False
        threads = [threading.Thread(target=spin, name=f"spinner-{i}") for i in range(spinners)]
        for t in threads:
            t.start()
        rate = round_trips(DURATION)
        stop_spinning = True
        for t in threads:
            t.join()
        cells.append(rate)
    rows.append((interval, cells))

print("| interval | 0 spinners | 1 spinner | 2 spinners |")
print("|---|---|---|---|")
for interval, cells in rows:
    print(f"| {interval * 1000:g} ms | " + " | ".join(f"{c:,.0f}/s" for c in cells) + " |")

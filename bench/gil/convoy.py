# The convoy effect: 1-byte ping-pong over loopback TCP beside 0, 1 and 2 CPU-bound threads.
# Every recv releases the GIL; getting it back costs up to one switch interval per round trip when
# a spinner holds it. Prints round trips per second for each case.
# Usage: convoy.py [INTERVAL_MS ...]   (default 5 0.1; on 2.7 the interval cannot be set)
# An untimed warm-up round (0.3 s per cell) comes first.
import socket, sys, threading, time

try:
    clock = time.perf_counter
except AttributeError:
    clock = time.time

SECONDS = 1.0
WARM_UP_SECONDS = 0.3
stop = [False]

def spin():
    n = 0
    while not stop[0]:
        n += 1

def echo(server):
    conn, _ = server.accept()
    while True:
        b = conn.recv(1)
        if not b:
            break
        conn.sendall(b)
    conn.close()

def nodelay(s):
    try:
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except Exception:
        pass

def round_trips(spinners, seconds=SECONDS):
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    e = threading.Thread(target=echo, args=(server,))
    e.start()
    client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    client.connect(server.getsockname())
    nodelay(client)
    stop[0] = False
    ss = [threading.Thread(target=spin) for _ in range(spinners)]
    for s in ss:
        s.start()
    n = 0
    t0 = clock()
    while clock() - t0 < seconds:
        client.sendall(b"x")
        client.recv(1)
        n += 1
    elapsed = clock() - t0
    stop[0] = True
    for s in ss:
        s.join()
    client.close()
    e.join()
    server.close()
    return n / elapsed

intervals = [float(a) for a in sys.argv[1:]] or [5.0, 0.1]
settable = hasattr(sys, "setswitchinterval")
if not settable:
    intervals = intervals[:1]
# Untimed warm-up of every cell's code (ping-pong, spinners, GIL hand-offs): a JIT would otherwise
# compile during the first cells only, which made their rates (and so the drop) vary from run to run.
if settable:
    sys.setswitchinterval(0.0001)
for k in (0, 1, 2):
    round_trips(k, WARM_UP_SECONDS)
for ms in intervals:
    if settable:
        sys.setswitchinterval(ms / 1000.0)
    rates = [round_trips(k) for k in (0, 1, 2)]
    label = ("%g" % ms) if settable else "ticks"
    print("convoy interval_ms=%s spin0_rps=%.0f spin1_rps=%.0f spin2_rps=%.0f" % ((label,) + tuple(rates)))

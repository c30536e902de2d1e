# Pipe(): one-way and duplex ends passed to child processes; EOF once every copy of the writer is closed
import multiprocessing as mp


def sender(conn, n):
    for i in range(n):
        conn.send({'i': i, 'sq': i * i})
    conn.send_bytes(b'raw bytes')
    conn.close()


def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(msg.upper())
    conn.close()


if __name__ == '__main__':
    r, w = mp.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    p = mp.Process(target=sender, args=(w, 3))
    p.start()
    for _ in range(3):
        print('got', r.recv())
    print(r.recv_bytes())
    p.join()
    print('poll while the parent still holds the writer:', r.poll(0.1))
    w.close()
    print('poll once every writer is closed:', r.poll(1))
    try:
        r.recv()
    except EOFError:
        print('EOFError')
    try:
        w.send(1)
    except OSError as e:
        print('OSError', e)

    a, b = mp.Pipe()
    p = mp.Process(target=echo, args=(b,))
    p.start()
    for word in ['abc', 'def']:
        a.send(word)
        print(a.recv())
    a.send(None)
    p.join()
    print('exitcode', p.exitcode)
    with a:
        print(a.poll(0))
    print(a.closed)

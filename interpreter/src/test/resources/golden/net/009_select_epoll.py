# select.epoll over sockets and pipes: register/modify/unregister/poll, EPOLLONESHOT, the errors,
# and selectors.EpollSelector (DefaultSelector on Linux, which asyncio uses)
import asyncio
import os
import select
import selectors
import socket
import tempfile

a, b = socket.socketpair()
r, w = os.pipe()
with select.epoll() as ep:
    print("closed", ep.closed, isinstance(ep.fileno(), int))
    ep.register(a, select.EPOLLIN)
    ep.register(r.__index__(), select.EPOLLIN | select.EPOLLONESHOT)
    print("nothing", ep.poll(0))
    b.send(b"x")
    os.write(w, b"y")
    print("ready", sorted(ev for fd, ev in ep.poll(1)))
    print("maxevents", len(ep.poll(1, 1)))
    print("oneshot spent", [fd == a.fileno() for fd, ev in ep.poll(0)])
    ep.modify(r, select.EPOLLIN)
    print("re-armed", sorted(fd == r for fd, ev in ep.poll(0)))
    try:
        ep.register(a, select.EPOLLIN)
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    ep.unregister(a)
    try:
        ep.modify(a, select.EPOLLIN)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    tmp = tempfile.mkdtemp()
    with open(os.path.join(tmp, "f"), "w") as f:
        try:
            ep.register(f, select.EPOLLIN)
        except PermissionError as e:
            print("PermissionError", e.errno)
    os.unlink(os.path.join(tmp, "f"))
    os.rmdir(tmp)
    try:
        ep.poll(1, 0)
    except ValueError as e:
        print("ValueError", e)
print("closed", ep.closed)
try:
    ep.poll(0)
except ValueError as e:
    print("ValueError", e)
print(a.recv(1), os.read(r, 1))
for fd in (r, w):
    os.close(fd)

sel = selectors.EpollSelector()
sel.register(b, selectors.EVENT_READ | selectors.EVENT_WRITE, "b")
print([(k.data, ev) for k, ev in sel.select(1)])
sel.close()
a.close()
b.close()


async def main():
    reader, writer = await asyncio.open_connection(*server.sockets[0].getsockname())
    writer.write(b"hello\n")
    line = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return line


async def handle(reader, writer):
    writer.write((await reader.readline()).upper())
    await writer.drain()
    writer.close()


async def run():
    global server
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    async with server:
        print(await main())


print(type(asyncio.new_event_loop()._selector).__name__)
asyncio.run(run())

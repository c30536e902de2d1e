# asyncio streams on loopback: start_server, open_connection, several clients at once, readline,
# readexactly, and reading to end of file after the server closes its side
import asyncio


async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    size = int((await reader.readline()).decode())
    body = await reader.readexactly(size)
    writer.write(("hello %s, %d bytes\n" % (name, len(body))).encode())
    writer.write(body[::-1])
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, name, body):
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(b"%s\n%d\n" % (name.encode(), len(body)))
    w.write(body)
    await w.drain()
    greeting = await r.readline()
    rest = await r.read()  # to end of file: the server closed
    w.close()
    await w.wait_closed()
    return greeting.decode().strip(), rest[:10], len(rest)


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    results = await asyncio.gather(*(client(port, "c%d" % i, bytes(range(48, 58)) * (i * 300 + 1)) for i in range(4)))
    for r in results:
        print(r)
    server.close()
    await server.wait_closed()
    print("server closed")


asyncio.run(main())

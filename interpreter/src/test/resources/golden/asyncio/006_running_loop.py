# _asyncio's running loop is per thread: get_running_loop, _get_running_loop, _set_running_loop,
# get_event_loop from inside a loop, from a callback, and from another thread while the loop runs.
import asyncio, threading
from asyncio import events

print(events._get_running_loop is __import__("_asyncio")._get_running_loop)
print(asyncio._get_running_loop())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)


def other_thread(out):
    out.append(asyncio._get_running_loop())
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        out.append(str(e))


async def main():
    loop = asyncio.get_running_loop()
    print(asyncio.get_event_loop() is loop, asyncio._get_running_loop() is loop)
    got = []
    loop.call_soon(lambda: got.append(asyncio.get_running_loop() is loop))
    await asyncio.sleep(0)
    out = []
    th = threading.Thread(target=other_thread, args=(out,))
    th.start()
    th.join()
    print(got, out)
    r = await loop.run_in_executor(None, asyncio._get_running_loop)
    print("executor thread sees:", r)


asyncio.run(main())
print(asyncio._get_running_loop())
sentinel = object()
asyncio._set_running_loop(sentinel)
print(asyncio.get_running_loop() is sentinel)
asyncio._set_running_loop(None)
print(asyncio._get_running_loop())

# asyncio's selector event loop: run, sleep, tasks, gather, wait_for with timeouts, Queue, Event,
# Lock, run_in_executor and call_soon_threadsafe (which wake the loop through its self-pipe socket)
import asyncio
import threading
import time

log = []


async def worker(name, delay):
    await asyncio.sleep(delay)
    log.append(name)
    return name.upper()


async def producer(q):
    for i in range(5):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)


async def consumer(q):
    got = []
    while (item := await q.get()) is not None:
        got.append(item * item)
    return got


async def main():
    print(await worker("solo", 0.01))
    # 50 ms apart: the three timers are set in one turn of the loop, and a turn stalled by more than
    # the gap between two delays (a loaded machine) would order them otherwise
    print(await asyncio.gather(worker("c", 0.15), worker("a", 0.05), worker("b", 0.1)))
    print(log)
    t = asyncio.create_task(worker("task", 0.01))
    print(t.done(), await t, t.done())
    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=0.05)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    print(await asyncio.wait_for(worker("quick", 0.01), timeout=1))
    slow = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0.01)
    slow.cancel()
    try:
        await slow
    except asyncio.CancelledError:
        print("cancelled", slow.cancelled())
    q = asyncio.Queue()
    print(await asyncio.gather(producer(q), consumer(q)))
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "event seen"
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    ev.set()
    print(await w)
    lock = asyncio.Lock()
    order = []
    async def critical(n):
        async with lock:
            order.append(("in", n))
            await asyncio.sleep(0.01)
            order.append(("out", n))
    await asyncio.gather(*(critical(n) for n in range(3)))
    print(order)
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, lambda: (time.sleep(0.05), sum(range(1000)))[1]))
    fut = loop.create_future()
    threading.Thread(target=lambda: (time.sleep(0.05), loop.call_soon_threadsafe(fut.set_result, "from a thread"))).start()
    print(await fut)
    done, pending = await asyncio.wait([asyncio.create_task(worker("w1", 0.01)), asyncio.create_task(asyncio.sleep(5))],
                                       return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()
    return "main done"


print(asyncio.run(main()))

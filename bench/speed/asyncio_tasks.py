"""asyncio's Future and Task at work: asyncio.gather over N tasks that each await asyncio.sleep(0)
(a task's creation, two steps, its wake-up and the gather's done callbacks), and a producer/consumer
pair over an asyncio.Queue(maxsize=100) passing 2N items (futures made and resolved as the queue
fills and drains). 4 rounds each, the first a warm-up; prints the warm rounds' median thread-CPU
seconds; bench/run times the whole process. ASYNCIO_PY=1 runs asyncio's pure-Python Future and Task
instead of _asyncio's (the comparison in one build)."""
import asyncio, os, sys, time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
if os.environ.get("ASYNCIO_PY") == "1":
    asyncio.futures.Future = asyncio.futures._PyFuture
    asyncio.tasks.Task = asyncio.tasks._PyTask


async def nap(i):
    await asyncio.sleep(0)
    return i


async def gather_round():
    r = await asyncio.gather(*[nap(i) for i in range(N)])
    assert r[-1] == N - 1


async def queue_round():
    q = asyncio.Queue(maxsize=100)

    async def produce():
        for i in range(2 * N):
            await q.put(i)
        await q.put(None)

    async def consume():
        total = 0
        while (x := await q.get()) is not None:
            total += x
        return total

    _, total = await asyncio.gather(produce(), consume())
    assert total == (2 * N - 1) * N


def median_cpu(coro_fn):
    cpus = []
    for r in range(4):
        c0 = time.thread_time()
        asyncio.run(coro_fn())
        if r:
            cpus.append(time.thread_time() - c0)
    cpus.sort()
    return cpus[1]


print("tasks=%d gather_cpu_s=%.3f queue_cpu_s=%.3f future=%s" % (
    N, median_cpu(gather_round), median_cpu(queue_round), asyncio.futures.Future.__module__))

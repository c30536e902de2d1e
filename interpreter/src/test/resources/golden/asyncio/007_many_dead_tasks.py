# Many tasks die: asyncio's WeakSet of all tasks drops each one through its weakref callback. On the
# JVM those callbacks run together after a collection; each must not start a new round of them
# (that nested one level per dead task, until RecursionError in WeakSet._remove).
import asyncio, gc, weakref


async def nap(i):
    await asyncio.sleep(0)
    return i


async def main():
    total = 0
    for _ in range(2):
        total += sum(await asyncio.gather(*[nap(i) for i in range(10000)]))
    return total


print(asyncio.run(main()))
gc.collect()
print(len(asyncio.all_tasks(asyncio.new_event_loop())))


class Item:
    pass


ws = weakref.WeakSet()
for _ in range(20000):
    ws.add(Item())
gc.collect()
ws.add(Item())
print("done")

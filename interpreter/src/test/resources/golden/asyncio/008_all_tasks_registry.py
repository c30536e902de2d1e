# asyncio.all_tasks over the task registry: C tasks (and a Task subclass) while pending, cancelled
# or finished ones left out even while referenced, the Python Task and a task-like object given to
# _register_task, _unregister_task of either kind, a loop of its own, and no running loop.
import asyncio


class MyTask(asyncio.Task):
    pass


class TaskLike:
    def __init__(self, loop):
        self._loop = loop

    def done(self):
        return False


async def sleeper():
    await asyncio.sleep(10)


async def nap(i):
    await asyncio.sleep(0)
    return i


def names(tasks):
    return sorted(t.get_name() if hasattr(t, "get_name") else type(t).__name__ for t in tasks)


async def main():
    loop = asyncio.get_running_loop()
    kept = [asyncio.create_task(nap(i)) for i in range(1000)]
    print(sum(await asyncio.gather(*kept)), all(t.done() for t in kept))
    print(names(asyncio.all_tasks()))
    t1 = asyncio.create_task(sleeper(), name="t1")
    t2 = MyTask(sleeper(), name="t2")
    t3 = asyncio.tasks._PyTask(sleeper(), loop=loop, name="t3")
    like = TaskLike(loop)
    asyncio.tasks._register_task(like)
    await asyncio.sleep(0)
    print(names(asyncio.all_tasks()), names(asyncio.all_tasks(loop)) == names(asyncio.all_tasks()))
    t1.cancel()
    await asyncio.sleep(0)
    print(t1.cancelled(), names(asyncio.all_tasks()))
    asyncio.tasks._unregister_task(t2)
    asyncio.tasks._unregister_task(like)
    print(names(asyncio.all_tasks()))
    asyncio.tasks._register_task(t2)
    print(names(asyncio.all_tasks()))
    t2.cancel()
    t3.cancel()
    await asyncio.sleep(0)
    print(names(asyncio.all_tasks()))
    return len(kept)


print(asyncio.run(main()))
other = asyncio.new_event_loop()
elsewhere = other.create_task(sleeper(), name="elsewhere")
print(names(asyncio.all_tasks(other)))
elsewhere.cancel()
other.run_until_complete(asyncio.sleep(0))
print(elsewhere.cancelled(), names(asyncio.all_tasks(other)))
other.close()
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.all_tasks(asyncio.new_event_loop()))

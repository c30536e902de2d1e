# asyncio's Task is _asyncio.Task (the C Task): names, the task registry, current_task, cancellation
# with cancelling/uncancel, bad yields, and subclassing.
import asyncio, types
from asyncio import tasks

print(asyncio.Task, tasks._CTask is asyncio.Task, tasks._PyTask.__module__, asyncio.Task.__mro__)


async def child(n):
    await asyncio.sleep(0)
    return n * n


async def forever():
    await asyncio.sleep(3600)


@types.coroutine
def bad_yield(value):
    yield value


async def main():
    me = asyncio.current_task()
    print(type(me).__name__, me.get_name(), me in asyncio.all_tasks(), me.cancelling())
    t = asyncio.create_task(child(3), name="sq")
    print(t.get_name(), t.done(), t._fut_waiter, t._must_cancel)
    print(await t, t.done(), t.result(), t not in asyncio.all_tasks())
    t.set_name(12)
    print(repr(t.get_name()))
    print(await asyncio.gather(*(child(i) for i in range(5))))

    w = asyncio.create_task(forever())
    await asyncio.sleep(0)
    print(type(w._fut_waiter).__name__, w.cancel("why"), w.cancelling(), w.cancel(), w.cancelling())
    try:
        await w
    except asyncio.CancelledError as e:
        print("cancelled", e.args, w.cancelled(), w.uncancel(), w.uncancel(), w.uncancel())

    for value in (None, 12, (x for x in ())):
        bt = asyncio.create_task(bad_yield(value))
        try:
            await bt
            print("bare yield ok")
        except RuntimeError as e:
            print("RuntimeError:", str(e).split(" in task")[0].split(":")[0])

    async def selfish():
        await asyncio.current_task()
    try:
        await asyncio.create_task(selfish())
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])

    other = asyncio.new_event_loop()
    alien = other.create_future()
    async def foreign():
        await alien
    try:
        await asyncio.create_task(foreign())
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" got Future")[0][:4], "got Future ... attached to a different loop" in str(e))
    other.close()

    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.Task(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        tasks._enter_task(asyncio.get_running_loop(), t)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" while")[0][:22])
    try:
        tasks._leave_task(asyncio.get_running_loop(), t)
    except RuntimeError as e:
        print("RuntimeError:", str(e)[:19])

    async def boom():
        raise KeyError("lost")
    try:
        await asyncio.create_task(boom())
    except KeyError as e:
        print("KeyError", e)

    async def shielded():
        inner = asyncio.create_task(child(4))
        return await asyncio.shield(inner)
    print(await shielded())
    try:
        print(await asyncio.wait_for(forever(), 0.01))
    except asyncio.TimeoutError:
        print("timeout")


class CountingTask(asyncio.Task):
    steps = 0
    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(coro, loop=loop, name=name, context=context)
        CountingTask.steps += 1


loop = asyncio.new_event_loop()
loop.set_task_factory(lambda lp, coro, **kw: CountingTask(coro, loop=lp, **kw))
loop.run_until_complete(main())
print("tasks made by the factory:", CountingTask.steps)
loop.close()

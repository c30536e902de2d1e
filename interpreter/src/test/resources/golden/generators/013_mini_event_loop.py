# A small event loop in asyncio's style: Futures whose __await__ is a generator, Tasks that drive
# coroutines with send() and throw(), sleep(), gather(), cancellation, async with/for over them.
import heapq
import types


class CancelledError(BaseException):
    pass


class Future:
    def __init__(self, loop):
        self._loop = loop
        self._done = False
        self._result = None
        self._exception = None
        self._callbacks = []

    def done(self):
        return self._done

    def result(self):
        if self._exception is not None:
            raise self._exception
        return self._result

    def set_result(self, value):
        self._result = value
        self._finish()

    def set_exception(self, exc):
        self._exception = exc
        self._finish()

    def _finish(self):
        self._done = True
        for cb in self._callbacks:
            self._loop.call_soon(cb, self)
        self._callbacks = []

    def add_done_callback(self, cb):
        if self._done:
            self._loop.call_soon(cb, self)
        else:
            self._callbacks.append(cb)

    def __await__(self):
        if not self._done:
            yield self
        return self.result()

    __iter__ = __await__


class Task(Future):
    def __init__(self, coro, loop):
        super().__init__(loop)
        self._coro = coro
        self._must_cancel = False
        loop.call_soon(self._step)

    def cancel(self):
        self._must_cancel = True

    def _step(self, exc=None):
        try:
            if self._must_cancel:
                self._must_cancel = False
                exc = CancelledError()
            if exc is None:
                awaited = self._coro.send(None)
            else:
                awaited = self._coro.throw(exc)
        except StopIteration as e:
            self.set_result(e.value)
        except BaseException as e:
            self.set_exception(e)
        else:
            awaited.add_done_callback(self._wakeup)

    def _wakeup(self, fut):
        try:
            fut.result()
        except BaseException as e:
            self._step(e)
        else:
            self._step()


class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.timers = []
        self.seq = 0

    def call_soon(self, fn, *args):
        self.ready.append((fn, args))

    def call_later(self, delay, fn, *args):
        self.seq += 1
        heapq.heappush(self.timers, (self.now + delay, self.seq, fn, args))

    def run_until_complete(self, coro):
        task = Task(coro, self)
        while not task.done():
            if not self.ready and self.timers:
                when, _, fn, args = heapq.heappop(self.timers)
                self.now = when
                self.ready.append((fn, args))
            batch, self.ready = self.ready, []
            for fn, args in batch:
                fn(*args)
        return task.result()


loop = Loop()


def sleep(delay, result=None):
    fut = Future(loop)
    loop.call_later(delay, fut.set_result, result)
    return fut


async def gather(*aws):
    tasks = [Task(a, loop) if isinstance(a, types.CoroutineType) else a for a in aws]
    return [await t for t in tasks]


@types.coroutine
def yield_now():
    fut = Future(loop)
    loop.call_soon(fut.set_result, None)
    yield fut


class Lock:
    def __init__(self):
        self.locked = False
        self.waiters = []

    async def __aenter__(self):
        while self.locked:
            fut = Future(loop)
            self.waiters.append(fut)
            await fut
        self.locked = True

    async def __aexit__(self, *exc):
        self.locked = False
        if self.waiters:
            self.waiters.pop(0).set_result(None)


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await sleep(1)
        return loop.now


async def worker(name, lock, log):
    async with lock:
        log.append((name, 'in', loop.now))
        await sleep(2)
        log.append((name, 'out', loop.now))
    return name


async def fails():
    await sleep(1)
    raise ValueError('boom')


async def forever():
    try:
        while True:
            await sleep(10)
    except CancelledError:
        print('cancelled at', loop.now)
        return 'cleaned up'


async def main():
    print('start', loop.now)
    await sleep(5)
    print('after sleep', loop.now)
    r = await gather(sleep(3, 'a'), sleep(1, 'b'), sleep(2, 'c'))
    print('gather', r, loop.now)
    await yield_now()
    lock = Lock()
    log = []
    names = await gather(worker('w1', lock, log), worker('w2', lock, log))
    print(names, log)
    print([t async for t in Ticker(3)])
    try:
        await fails()
    except ValueError as e:
        print('caught', e, loop.now)
    t = Task(forever(), loop)
    await sleep(15)
    t.cancel()
    print('task result', await t)
    agen = (await sleep(1, i) async for i in Ticker(2))
    print([x async for x in agen])
    return 'main done at %d' % loop.now


print(loop.run_until_complete(main()))

"""Warm-up of a pre-started worker: run the interpreter's common paths until the JIT has compiled them.

A worker JVM starts cold: its first task runs interpreted, then through C1, then C2, while the parent
runs the same code compiled (a 0.1 s task took ~1.6x its warm CPU time, a loop with `%` ~3x). An idle
pre-started worker therefore runs these small generic workloads (loops, arithmetic, generator
expressions and sum, comprehensions, calls, attributes, dict/list/str operations) for about
`BUDGET` seconds of its own CPU time, in short slices, and stops at once when a message arrives, so a
task never waits for more than one slice. Measured on a task it had never seen: first call 1.0-1.1x
its warm time after 0.3 s of warm-up, 1.6-3x without; a pool's first 0.1 s task (the seed's heavy_compute) took 1.0x the warm parent's CPU time after 1.2 s, 1.2-1.6x after 0.4 s, 1.5-3x without.
"""

import time

BUDGET = 1.2
_SLICE = 3000


def _loop(n):
    t = 0
    for i in range(n):
        t += (i * 3 + 1) % 11 - (i // 5)
        if i & 1:
            t -= 1
    return t


def _gen(n):
    return sum(x * x for x in range(n)) + sum([x + 1 for x in range(n // 4)]) + max(range(n))


def _while(n):
    d = {}
    items = []
    i = 0
    while i < n:
        k = i % 97
        d[k] = d.get(k, 0) + 1
        items.append(i)
        i += 1
        if len(items) > 100:
            items.clear()
    return len(d) + sum(d.values())


class _Point:
    def __init__(self, x):
        self.x = x

    def move(self, y):
        return self.x + y


def _objects(n):
    p = _Point(1)
    s = 0.0
    for i in range(n):
        s += p.move(i) * 0.5
        p.x = i & 7
    return str(s)


def _strings(n):
    parts = []
    for i in range(n // 10):
        parts.append('%d:%s' % (i, str(i)[::-1]))
    text = ','.join(parts)
    return len(text.split(',')) + len({w: True for w in parts})


_WORK = (_loop, _gen, _while, _objects, _strings)


def task(n):
    """The task of the parent's warm-up pools (spawn._parent_warmup): a short slice of every workload.

    Not a trivial task: after pools of `return x` tasks, a worker's next real task (the seed's
    heavy_compute) took 1.3-1.8x the CPU time it takes without those pools, 1.1x after these."""
    for f in _WORK:
        f(n)
    return n


def run(pending, budget=BUDGET):
    """Runs the workloads until `budget` s of this thread's CPU time or until pending() is true."""
    end = time.thread_time() + budget
    while time.thread_time() < end:
        for f in _WORK:
            if pending():
                return False
            f(_SLICE)
    return True

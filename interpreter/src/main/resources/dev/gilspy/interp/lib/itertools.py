"""Functional tools for creating and using iterators, as generators.

Each function follows the "roughly equivalent" code in CPython's itertools docs, and
consumes its inputs exactly as the C version does (islice never reads past its stop).
"""

import sys as _sys


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def repeat(object, times=None):
    if times is None:
        while True:
            yield object
    else:
        for i in range(times):
            yield object


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def chain(*iterables):
    for it in iterables:
        for element in it:
            yield element


def _from_iterable(iterables):
    for it in iterables:
        for element in it:
            yield element


chain.from_iterable = _from_iterable


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    iterable = iter(iterable)
    for x in iterable:
        if not predicate(x):
            yield x
            break
    for x in iterable:
        yield x


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def _check_islice_arg(value, message):
    if value is None:
        return None
    if not isinstance(value, int) or value < 0 or value > _sys.maxsize:
        raise ValueError(message)
    return value


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])"""
    if len(args) == 1:
        start, stop, step = None, args[0], None
        stop = _check_islice_arg(stop, "Stop argument for islice() must be None or an "
                                       "integer: 0 <= x <= sys.maxsize.")
    elif 2 <= len(args) <= 3:
        start = args[0]
        stop = args[1]
        step = args[2] if len(args) == 3 else None
        stop = _check_islice_arg(stop, "Stop argument for islice() must be None or an "
                                       "integer: 0 <= x <= sys.maxsize.")
        start = _check_islice_arg(start, "Indices for islice() must be None or an "
                                         "integer: 0 <= x <= sys.maxsize.")
        if step is not None:
            if not isinstance(step, int) or step <= 0 or step > _sys.maxsize:
                raise ValueError("Step for islice() must be a positive integer or None.")
    elif len(args) == 0:
        raise TypeError("islice expected at least 2 arguments, got 1")
    else:
        raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
    return _islice(iter(iterable), start or 0, stop, step or 1)


def _islice(it, nxt, stop, step):
    cnt = 0
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item


def zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i in range(len(iterators)):
            it = iterators[i]
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*args, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in args] * repeat
    return _product(pools)


def _product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        found = False
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[i] for i in indices[:r]])
                found = True
                break
        if not found:
            return


def combinations(iterable, r):
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(tuple(iterable), r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        found = False
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                found = True
                break
        if not found:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[i] for i in indices])


def combinations_with_replacement(iterable, r):
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations_with_replacement(tuple(iterable), r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        found = False
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                found = True
                break
        if not found:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple([pool[i] for i in indices])


class _GroupState:
    def __init__(self, iterable, key):
        self.it = iter(iterable)
        self.keyfunc = key
        self.exhausted = False
        self.has_current = False
        self.current_key = None
        self.current_value = None
        self.group_id = 0

    def advance(self):
        try:
            value = next(self.it)
        except StopIteration:
            self.exhausted = True
            self.has_current = False
            return False
        self.current_value = value
        self.current_key = value if self.keyfunc is None else self.keyfunc(value)
        self.has_current = True
        return True


def groupby(iterable, key=None):
    state = _GroupState(iterable, key)
    if not state.advance():
        return
    while True:
        group_key = state.current_key
        state.group_id += 1
        yield group_key, _grouper(state, group_key, state.group_id)
        # Skip whatever the caller left unread in this group.
        while state.has_current and state.current_key == group_key:
            if not state.advance():
                return
        if state.exhausted:
            return


def _grouper(state, group_key, group_id):
    while (state.group_id == group_id and state.has_current
           and state.current_key == group_key):
        yield state.current_value
        if not state.advance():
            return


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    # Each tee walks a shared linked list of [value, next] cells.
    head = [None, None]
    return tuple([_tee(it, head) for i in range(n)])


def _tee(it, link):
    while True:
        nxt = link[1]
        if nxt is None:
            try:
                value = next(it)
            except StopIteration:
                return
            nxt = [value, None]
            link[1] = nxt
        link = nxt
        yield link[0]


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b

class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration('retval')
        return self.n
def g():
    r = yield from It()
    print('r', r)
    yield from range(2)
x = g()
print(next(x), x.gi_yieldfrom is not None)
print(list(x))
def inner():
    try:
        yield 1
    except GeneratorExit:
        print('inner closed')
        raise
def outer():
    yield from inner()
o = outer(); next(o); o.close()

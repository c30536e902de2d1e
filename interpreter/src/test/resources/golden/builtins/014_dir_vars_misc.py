class P:
    a = 1
    def __init__(self):
        self.b = 2
print(vars(P()), "a" in dir(P), "b" in dir(P()))
print(callable(print), callable("s"), len(dir([])) > 10)
print(list(map(type, [1, "a"])) == [int, str])
print(isinstance(print, object), bool(print))
print(all(callable(f) for f in [len, range, sorted, zip, open, input]))

# A built-in method called through its type with too few arguments, or with a receiver of another
# type, raises TypeError (CPython's own tests do this on purpose); the program goes on.
calls = [
    lambda: list.__getitem__([1, 2]),
    lambda: list.__setitem__([1, 2], 0),
    lambda: dict.__getitem__({}),
    lambda: list.append(1, 2),
    lambda: str.upper(5),
    lambda: [].append(),
    lambda: {}.get(),
]
for i, c in enumerate(calls):
    try:
        c()
        print(i, "no error")
    except TypeError:
        print(i, "TypeError")
print(list.__getitem__([1, 2], 1), dict.__getitem__({"a": 3}, "a"))

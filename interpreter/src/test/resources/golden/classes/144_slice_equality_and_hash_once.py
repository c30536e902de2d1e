# slice_richcompare compares (start, stop, step); hash() calls a class's __hash__ once
print(slice(None, 42) == slice(None, 42), slice(1, 2, 3) == slice(1, 2, 3), slice(1, 2) != slice(1, 3))
print(slice(1, 2) == slice(1.0, 2), slice(1, 2) == (1, 2), [slice(0, 1)].index(slice(0, 1)))
calls = []


class H:
    def __hash__(self):
        calls.append(1)
        return 12345


print(hash(H()), len(calls))

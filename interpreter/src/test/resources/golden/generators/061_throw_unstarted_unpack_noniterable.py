# g.throw() into a generator that has not started runs through its frame (at its first line), so the
# traceback gets the generator's entry and the caller's even when the exception already had one;
# unpacking what cannot be iterated says "cannot unpack non-iterable T object".


def entries(tb):
    out = []
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def reraiser():
    try:
        yield
    except:
        raise


g = reraiser()
try:
    1 / 0
except ZeroDivisionError as v:
    print(entries(v.__traceback__))
    try:
        g.throw(v)
    except Exception as w:
        print(entries(w.__traceback__))
print(list(g))

g = reraiser()
try:
    g.throw(KeyError("fresh"))
except KeyError as e:
    print(entries(e.__traceback__))


class Point:
    pass


class Seq:
    def __getitem__(self, i):
        if i < 2:
            return i * 10
        raise IndexError(i)


class BadIter:
    def __iter__(self):
        raise TypeError("my own message")


for value in (Point(), 5, None, 2.5, Seq(), BadIter(), "ab", {"k": 1, "j": 2}):
    try:
        a, b = value
        print("unpacked", a, b)
    except TypeError as e:
        print("TypeError", e)
try:
    for a, b in [1]:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    [first, *rest] = Point()
except TypeError as e:
    print("TypeError", e)

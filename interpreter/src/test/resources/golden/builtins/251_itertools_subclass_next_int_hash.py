# A Python subclass of an itertools type that overrides __next__ is obeyed by for loops, next(),
# list() and other tools; int.__hash__(self) inside a subclass's own __hash__ is the value's hash
import itertools


class Doubling(itertools.count):
    def __next__(self):
        return 2 * super().__next__()


class Upper(itertools.chain):
    def __next__(self):
        return super().__next__().upper()


class Limited(itertools.repeat):
    def __init__(self, *args):
        self.left = 3

    def __next__(self):
        if self.left == 0:
            raise StopIteration
        self.left -= 1
        return super().__next__()


d = Doubling(5)
print(next(d), next(d), list(itertools.islice(d, 3)))
print(list(Upper("ab", ["c", "d"])), "".join(Upper("xy")))
print(list(Limited("r")), [x for x in Limited(7)], sorted(Limited(1)))
print(list(zip(Doubling(), "abc")), list(map(str, Upper(["p"]))))
print(list(itertools.count(1, 2).__next__() for _ in range(2)), next(itertools.chain([9])))


class HashCountingInt(int):
    def __init__(self, *args):
        self.hash_count = 0

    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)


class Money(float):
    def __hash__(self):
        return float.__hash__(self) + 1


x = HashCountingInt(5)
print(hash(x) == hash(5), {x: "five"}[x], x.hash_count)
print(hash(Money(2.5)) == hash(2.5) + 1, hash(True) == int.__hash__(True))

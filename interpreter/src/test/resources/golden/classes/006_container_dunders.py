class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __setitem__(self, i, v):
        self.items[i] = v
    def __bool__(self):
        return bool(self.items)
b = Bag(1, 2, 3)
print(len(b), b[0], b[-1], b[1:], 2 in b, 9 in b, list(b), bool(b), bool(Bag()))
b[0] = 10
print(list(b), sum(b), sorted(b, reverse=True))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq())

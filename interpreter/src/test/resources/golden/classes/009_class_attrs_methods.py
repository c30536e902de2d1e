class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
    @classmethod
    def make_two(cls):
        return cls(), cls()
    @staticmethod
    def describe():
        return "counts instances"
a = Counter()
b, c = Counter.make_two()
print(Counter.instances, a.id, c.id, Counter.describe(), a.describe())
print(hasattr(a, "id"), getattr(a, "missing", "dflt"), getattr(Counter, "instances"))
setattr(a, "label", "L")
print(a.label, a.__dict__, type(a) is Counter, a.__class__.__name__)
try:
    a.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    Counter.nope
except AttributeError as e:
    print("AttributeError:", e)

from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap

d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1], 2 in d)
d.append(4)
d.appendleft(0)
print(d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.count(7), d.index(7))
d.remove(7)
d.reverse()
print(d, list(reversed(d)))
d[0] = 100
del d[1]
print(d)
d.insert(1, 55)
print(d)
d.clear()
print(d, bool(d))
try:
    d.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    d.popleft()
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1])[5]
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1]).remove(9)
except ValueError as e:
    print("ValueError:", e)
m = deque(maxlen=3)
print(m, m.maxlen)
for i in range(6):
    m.append(i)
print(m)
m.appendleft(-1)
print(m)
m.extend(range(10, 14))
print(m, list(m))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) < deque([2]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2)
d2 = deque(range(5))
d2 += [9]
print(d2, d2.copy())
try:
    deque([1], maxlen=1).insert(0, 5)
except IndexError as e:
    print("IndexError:", e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print("ValueError:", e)
it = deque([1, 2, 3])
try:
    for x in it:
        it.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)

dd = defaultdict(list)
dd["a"].append(1)
dd["b"].append(2)
dd["a"].append(3)
print(dd, dd["c"], len(dd))
print(dict(dd), isinstance(dd, dict), dd.get("zz"))
di = defaultdict(int)
for ch in "hello world":
    di[ch] += 1
print(sorted(di.items()))
dn = defaultdict()
try:
    dn["x"]
except KeyError as e:
    print("KeyError:", e)
print(dn, defaultdict(int, {"a": 1}))
print(defaultdict(lambda: "dflt")["k"])

c = Counter("abracadabra")
print(c)
print(c.most_common(2), c["a"], c["zz"], "zz" in c)
print(sorted(c.elements()))
c.update("aaz")
c.subtract({"b": 5})
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2))
print(Counter(), Counter({"x": 2}) == Counter(x=2), Counter(a=1).total())
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common())
del c["a"]
del c["nothere"]
print(c)

od = OrderedDict()
od["x"] = 1
od["y"] = 2
od["z"] = 3
print(od)
od.move_to_end("x")
print(list(od.keys()))
od.move_to_end("z", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([(1, 2)]) == OrderedDict([(1, 2)]))

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p))
x, y = p
print(x + y, p._asdict(), p._replace(x=9), Point._fields, Point._make([5, 6]))
print(p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
P3 = namedtuple("P3", "a b c", defaults=[0])
print(P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3.__name__)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2),
            lambda: Point(1, x=2), lambda: P3()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    p._replace(q=1)
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", ["_x"])
except ValueError as e:
    print("ValueError:", e)
print(namedtuple("R", "a a class", rename=True)._fields)
print(sorted([Point(2, 1), Point(1, 5)]))

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), "b" in cm, cm.get("q", 0))
cm["c"] = 5
print(cm, cm.maps[0])
print(cm.new_child({"a": 0})["a"], cm.parents)

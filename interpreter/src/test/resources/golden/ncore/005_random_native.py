import _random
r = _random.Random(42)
print(r.random(), r.random(), r.getrandbits(8), r.getrandbits(32), r.getrandbits(100), r.getrandbits(0))
r.seed(0); print(r.random())
r.seed(2**100 + 7); print(r.random())
r.seed(-5); a = r.random(); r.seed(5); print(a == r.random())
st = r.getstate(); x = r.random(); r.setstate(st); print(x == r.random(), len(st), st[-1])
class R(_random.Random):
    def __init__(self, s):
        self.seed(s); self.tag = 'sub'
rr = R(42); print(rr.random(), rr.tag)
for bad in [lambda: r.getrandbits(-1), lambda: r.setstate((1, 2)), lambda: r.setstate([1]), lambda: _random.Random(1, 2)]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.randrange(0, 1000, 7))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), round(random.uniform(1, 2), 12), random.getrandbits(64))
random.seed(12345); print([random.randint(0, 9) for _ in range(10)])
print(round(random.gauss(0, 1), 12), round(random.expovariate(1.5), 12))

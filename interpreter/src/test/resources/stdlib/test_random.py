import random

# Many seeds, including big and negative ones, must give CPython's exact streams.
for s in [0, 1, 42, 12345, 2 ** 32 - 1, 2 ** 32, 2 ** 64 + 7, -5, 10 ** 30, 3.5, True]:
    random.seed(s)
    print(s, random.random(), random.getrandbits(7), random.getrandbits(70), random.randrange(10))
for s in range(20):
    r = random.Random(s)
    print(s, r.randint(1, 6), r.randint(-1000, 10 ** 12), r.choice("abcdef"), round(r.uniform(1, 2), 12))

r = random.Random(2024)
data = list(range(20))
r.shuffle(data)
print(data)
print(r.sample(range(100), 5), r.sample(range(10 ** 6), 8), r.sample("abcdefgh", 8))
print(r.sample(["a", "b"], k=4, counts=[3, 1]))
print(r.choices("abc", k=5), r.choices("abc", weights=[1, 0, 5], k=6), r.choices([1, 2], cum_weights=[1, 3], k=3))
print(r.randrange(0, 100, 7), r.randrange(100, 0, -3), r.randrange(5), r.getrandbits(0), r.getrandbits(32))
print(r.gauss(), r.gauss(10, 2), r.normalvariate(), r.expovariate(1.5), r.triangular(), r.triangular(0, 10, 2))
print(r.gammavariate(2.0, 1.0), r.gammavariate(0.5, 1.0), r.betavariate(2, 3), r.paretovariate(3), r.weibullvariate(1, 2))
print(r.vonmisesvariate(1.0, 4.0), r.lognormvariate(0, 1), r.randbytes(5))
state = r.getstate()
first = [r.random() for i in range(3)]
r.setstate(state)
print(first == [r.random() for i in range(3)])
random.seed(99)
print([random.randint(0, 9) for i in range(30)])
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(0, 10, 0),
            lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.getrandbits(-1)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    random.sample({1, 2}, 1)
except TypeError as e:
    print("TypeError:", e)
big = random.Random(7)
print(big.randrange(10 ** 40), big.getrandbits(100), big.randint(0, 2 ** 65))
# A wider sweep: 300 seeds, a few draws each, folded into one line per 50 seeds.
for block in range(6):
    acc = []
    for s in range(block * 50, block * 50 + 50):
        g = random.Random(s * 7919)
        acc.append((g.random(), g.randrange(1000), g.getrandbits(45), g.choice(range(17))))
    print(block, sum(a[0] for a in acc), sum(a[1] + a[2] + a[3] for a in acc))
# str and bytes seeds go through SHA-512
for s in ["", "hello", "gilspy", b"bytes seed", bytearray(b"ba"), "x" * 300, "héllo"]:
    random.seed(s)
    print(repr(s)[:20], random.random(), random.randint(1, 100))

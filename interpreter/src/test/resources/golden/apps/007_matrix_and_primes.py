def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(sieve) if p]
ps = primes(1000)
print(len(ps), ps[:10], ps[-3:], sum(ps))
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
m = [[1, 1], [1, 0]]
r = [[1, 0], [0, 1]]
for _ in range(30):
    r = matmul(r, m)
print(r)
print("%.6f" % (sum(1 / (i * i) for i in range(1, 10000)) * 6) ** 0.5)

# The seed's multiprocessing example, without the Pool: the worker function called directly.
def heavy_compute(n):
    return sum(i * i for i in range(n))
results = list(map(heavy_compute, [100_000] * 4))
print(results)

from multiprocessing import Pool


def heavy_compute(n):
    return sum(i * i for i in range(n))


if __name__ == "__main__":
    with Pool(processes=4) as pool:
        results = pool.map(heavy_compute, [10_000_000] * 4)
    print(results)

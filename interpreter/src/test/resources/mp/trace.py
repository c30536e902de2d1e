# GILSPY_MP_TRACE=1: both sides of a pool's task write their steps on stderr (see MultiprocessingTest)
from multiprocessing import Pool


def square(x):
    return x * x


if __name__ == "__main__":
    with Pool(1) as pool:
        print(pool.map(square, [3]))

import time
from multiprocessing import Pool


def spin(n):
    while True:
        n += 1


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        result = pool.map_async(spin, [1, 2])
        time.sleep(1.5)
        print("ready", flush=True)
        result.get()

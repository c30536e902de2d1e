from concurrent.futures import ThreadPoolExecutor
import time
def slow_double(x):
    time.sleep(0.01 * (5 - x))
    return x * 2
with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(slow_double, range(5))))
    print(list(ex.map(lambda a, b: a + b, [1, 2], [10, 20])))

# The loops of HotPaths.java (the JMH benchmark), which runs this file under gilspy and calls run_*.
# Run it with python3 for CPython's figures of the same loops: python3 bench/jmh/src/main/resources/dev/gilspy/bench/hot_paths.py
import time


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k):
        return k + 1


class Shape:
    SIDES = 4                 # a class constant: read through the instance

    def __init__(self):
        self._w = 2

    @property
    def width(self):
        return self._w


def empty_loop(n):
    i = 0
    while i < n:
        i += 1
    return i


def attribute_read(n, p):
    i = 0
    s = 0
    while i < n:
        s = p.x
        i += 1
    return s


def method_call(n, c):
    i = 0
    while i < n:
        i = c.add(i)
    return i


def class_attribute_read(n, s):
    i = 0
    r = 0
    while i < n:
        r = s.SIDES
        i += 1
    return r


def property_read(n, s):
    i = 0
    r = 0
    while i < n:
        r = s.width
        i += 1
    return r


def dict_lookup(n, d, k):
    i = 0
    s = 0
    while i < n:
        s = d[k]
        i += 1
    return s


P = Point(3, 4)
C = Counter()
S = Shape()
D = {'alpha': 1, 'beta': 2, 'gamma': 3, 'delta': 4, 'epsilon': 5, 'zeta': 6}
K = ''.join(['gam', 'ma'])   # equal to a key, not the same object


def run_empty(n): return empty_loop(n)
def run_attr(n): return attribute_read(n, P)
def run_method(n): return method_call(n, C)
def run_dict(n): return dict_lookup(n, D, K)
def run_class_attr(n): return class_attribute_read(n, S)
def run_property(n): return property_read(n, S)


if __name__ == "__main__" and not globals().get("UNDER_JMH"):
    N = 100000
    for name, f in (("emptyLoop", run_empty), ("attributeRead", run_attr), ("methodCall", run_method),
                    ("dictLookup", run_dict), ("classAttributeRead", run_class_attr), ("propertyRead", run_property)):
        for _ in range(20):
            f(N)                      # warm-up, as JMH's warm-up iterations
        runs = []
        for _ in range(7):
            t0 = time.perf_counter()
            for _ in range(10):
                f(N)
            runs.append((time.perf_counter() - t0) / (10 * N) * 1e9)
        runs.sort()
        print("%-18s %7.1f ns/op (median of 7; min %.1f, max %.1f)" % (name, runs[3], runs[0], runs[-1]))

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


def global_read(n):
    i = 0
    r = 0
    while i < n:
        r = G
        i += 1
    return r


def builtin_len(n, t):
    i = 0
    r = 0
    while i < n:
        r = len(t)
        i += 1
    return r


def step(k, by=1):
    return k + by


def default_arg_call(n, f):
    i = 0
    while i < n:
        i = f(i)
    return i


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
G = 7
T = 'a string of some length'


def run_empty(n): return empty_loop(n)
def run_attr(n): return attribute_read(n, P)
def run_method(n): return method_call(n, C)
def run_dict(n): return dict_lookup(n, D, K)
def run_class_attr(n): return class_attribute_read(n, S)
def run_property(n): return property_read(n, S)
def run_global(n): return global_read(n)
def run_len(n): return builtin_len(n, T)
def run_default_arg(n): return default_arg_call(n, step)


if __name__ == "__main__" and not globals().get("UNDER_JMH"):
    # ns per loop iteration, wall (perf_counter) and this thread's CPU (thread_time: on a loaded machine
    # the wall time counts the waits for a core); medians of 7 runs of 10 calls after 20 warm-up calls
    N = 100000
    for name, f in (("emptyLoop", run_empty), ("attributeRead", run_attr), ("methodCall", run_method),
                    ("dictLookup", run_dict), ("classAttributeRead", run_class_attr), ("propertyRead", run_property),
                    ("globalRead", run_global), ("builtinLen", run_len), ("defaultArgCall", run_default_arg)):
        for _ in range(20):
            f(N)                      # warm-up, as JMH's warm-up iterations
        walls, cpus = [], []
        for _ in range(7):
            t0, c0 = time.perf_counter(), time.thread_time()
            for _ in range(10):
                f(N)
            walls.append((time.perf_counter() - t0) / (10 * N) * 1e9)
            cpus.append((time.thread_time() - c0) / (10 * N) * 1e9)
        walls.sort()
        cpus.sort()
        print("%-18s %7.1f ns/op wall (min %.1f, max %.1f)  %7.1f ns/op cpu (min %.1f, max %.1f)"
              % (name, walls[3], walls[0], walls[-1], cpus[3], cpus[0], cpus[-1]))

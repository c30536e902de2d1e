class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
double = Multiplier(2)
print(double(21), callable(double), list(map(double, [1, 2])))
class Resource:
    log = []
    def __enter__(self):
        Resource.log.append("open")
        return self
    def __exit__(self, t, v, tb):
        Resource.log.append("close:" + (t.__name__ if t else "ok"))
        return False
with Resource() as r:
    print(type(r).__name__)
try:
    with Resource():
        1 / 0
except ZeroDivisionError:
    print("propagated")
print(Resource.log)

import math
print(-1.0 % 1.0, 1.0 % -1.0, -0.0 % 5.0, 5.5 % -2.0, (-1.0) ** float("-inf"), 1.0 ** float("nan"), float("nan") ** 0.0, 2.0 ** 0.5)
print(math.copysign(1.0, float("-nan")), math.copysign(1.0, float("nan")), float(memoryview(b"1.5")), (2.5).__floor__(), (-2.5).__ceil__())
class F(float):
    def __float__(self): return 42.0
print(float(F(1.0)))
class S(float): pass
try: S(x=0)
except TypeError as e: print("TypeError")
class SI(float):
    def __init__(self, arg, newarg=None): self.newarg = newarg
print(SI(2.5, newarg=3).newarg)
try: float(x=1)
except TypeError as e: print(e)

for f in (float, int):
    try:
        f(1j)
    except TypeError as e:
        print("TypeError", e)
print(pow(1j, 2), pow(2, 1j), divmod.__name__)
class MyC(complex):
    pass
m = MyC(1, 2)
print(m, type(m).__name__, m + 1, m.real, isinstance(m, complex))
import math
try:
    math.sqrt(1j)
except TypeError as e:
    print("TypeError", e)
print(sorted([3, 1, 2], key=lambda x: abs(x * 1j)))
print(1j.imag, (2+3j).real, 1_0j, 0.5J, 1e2j)
x = 2
x *= 1j
print(x, [i * 1j for i in range(3)])
print(f"{1j!r}", "%s" % (1 + 1j), "{}".format(2j), str(-1.5 - 0j))

xs = list(range(10))
print(xs[2:7], xs[::3], xs[::-1], xs[-3:], xs[:-7], xs[7:2:-2], xs[100:], xs[-100:2])
ys = xs[:]
ys[2:5] = ["a", "b"]
print(ys)
ys[::2] = [0] * len(ys[::2])
print(ys)
del ys[1:3]
print(ys)
del ys[::2]
print(ys)
zs = [1, 2, 3]
zs[1:1] = [9, 9]
print(zs)
try:
    zs[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
print(xs[slice(1, 8, 3)])

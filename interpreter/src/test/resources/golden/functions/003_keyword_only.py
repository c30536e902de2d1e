def f(a, b, *, key, flag=False):
    return a, b, key, flag
print(f(1, 2, key="k"), f(1, 2, key="k", flag=True))
try:
    f(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
def g(*args, sep=", "):
    return sep.join(map(str, args))
print(g(1, 2, 3), g(1, 2, sep="-"))
def h(a, /, b, *, c):
    return a + b + c
print(h(1, 2, c=3), h(1, b=2, c=3))

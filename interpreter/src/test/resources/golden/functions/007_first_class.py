def square(x):
    return x * x
def apply(f, xs):
    return [f(x) for x in xs]
ops = {"sq": square, "neg": lambda x: -x, "str": str}
for name in sorted(ops):
    print(name, apply(ops[name], [1, 2]))
fs = [square, abs, len]
print([f.__name__ for f in fs])
def outer():
    def inner():
        return "inner"
    return inner
print(outer()(), outer().__name__, callable(square), callable(3))
square.note = "attr"
print(square.note)

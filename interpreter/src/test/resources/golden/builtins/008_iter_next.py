it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
d = {"a": 1, "b": 2}
ki = iter(d)
print(next(ki), list(ki))
s = iter("hi")
print(list(s), list(s))
calls = [0]
def source():
    calls[0] += 1
    return calls[0]
print(list(iter(source, 4)))

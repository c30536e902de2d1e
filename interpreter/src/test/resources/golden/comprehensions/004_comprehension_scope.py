def make():
    n = 10
    return [lambda i=i: i + n for i in range(3)]
print([f() for f in make()])
def later():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(later())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
total = 0
squares = [total + x for x in range(3)]
print(squares)
print([y for x in [[1, 2], [3]] for y in x])

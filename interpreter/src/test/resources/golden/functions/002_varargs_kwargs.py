def f(a, *args, **kwargs):
    return a, args, kwargs
print(f(1))
print(f(1, 2, 3))
print(f(1, 2, x=3, y=4))
print(f(*[1, 2], **{"k": "v"}))
def total(*nums):
    return sum(nums)
print(total(), total(1, 2, 3), total(*range(5)))
def show(**opts):
    return sorted(opts.items())
print(show(b=2, a=1))
def pass_through(*a, **k):
    return f(*a, **k)
print(pass_through(0, 9, z=1))

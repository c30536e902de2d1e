def gen():
    for i in range(3):
        yield i
pairs = ((a, b) for a in gen() for b in gen() if a < b)
print(list(pairs))
nums = [5, 3, 8, 1]
print(min((n, i) for i, n in enumerate(nums)), dict((str(n), n) for n in nums))
print(list(zip((c for c in "abc"), (i * i for i in range(10)))))
print(set(n % 2 for n in nums) == {0, 1}, tuple(x for x in "xy"))

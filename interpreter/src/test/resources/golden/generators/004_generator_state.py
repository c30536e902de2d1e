def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
g = gen()
print("created")
for v in g:
    print("got", v)
def with_return():
    yield 1
    return "done"
print(list(with_return()))
def throw_target():
    try:
        yield 1
    except ValueError as e:
        print("caught inside", e)
        yield "recovered"
t = throw_target()
next(t)
print(t.throw(ValueError("injected")))
def pipeline():
    nums = (i for i in range(10))
    evens = (n for n in nums if n % 2 == 0)
    squares = (e * e for e in evens)
    return list(squares)
print(pipeline())

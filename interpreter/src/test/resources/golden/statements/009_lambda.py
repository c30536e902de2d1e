add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, x=2))
pairs = [(1, "b"), (2, "a"), (0, "c")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[0]))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), (lambda x: (lambda y: x + y))(1)(2))
print(list(map(lambda x: x ** 2, range(4))), list(filter(lambda s: s, ["", "a", None, "b"])))
print(add.__name__)

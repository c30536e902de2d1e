# A method reads a variable of the function around its class, while the class body binds the same
# name (test_scope's testFreeVarInMethod, testLocalsClass): the class passes the function's cell
# through (CPython's DEF_FREE_CLASS) and its own binding stays the class attribute.
def test():
    method_and_var = "var"

    class Test:
        def method_and_var(self):
            return "method"

        def test(self):
            return method_and_var

        def str(self):
            return str(self)

        def actual_global(self):
            return str("global")
    return Test()


t = test()
print(t.test(), t.method_and_var(), t.actual_global())


def f(x):
    class C:
        x = 12

        def m(self):
            return x

        def n(self):
            return [x for _ in range(2)]
    return C


C = f(1)
print(C.x, C().m(), C().n())


def g():
    count = 0

    class Counter:
        count = 100

        def bump(self):
            nonlocal count
            count += 1
            return count
    c = Counter()
    c.bump()
    return c.bump(), Counter.count, count


print(g())

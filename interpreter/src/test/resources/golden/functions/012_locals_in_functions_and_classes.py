# locals() inside a function is a dict of its bound variables, cells and free variables included;
# inside a class body it is the namespace so far (test_scope's testLocalsFunction, testLocalsClass).
def f(a, b=2, *args, **kw):
    c = 3
    unbound_yet = None
    del unbound_yet

    def inner():
        d = 4
        return sorted(locals().items())
    first = sorted(locals())
    return first, inner()


print(f(1, x=5))


def outer():
    x = 1

    def g():
        y = x + 1
        return locals()
    return g()


print(outer())


def h(x):
    class C:
        y = x
        z = list(locals())
    return [n for n in C.z if n != "__doc__"]


print(h(1))


def dict_is_new_each_time():
    v = 1
    a = locals()
    v = 2
    b = locals()
    return a, b, a is b


print(dict_is_new_each_time())
print("__name__" in vars(), locals()["__name__"])


class A(object):
    pass


A.__call__ = A()
try:
    A()()
except RecursionError as e:
    print("RecursionError:", e)

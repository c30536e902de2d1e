# eval() without globals sees the calling function's locals (and class bodies' names), as CPython's
import datetime as datetime_module

x = "module x"

def f():
    x = 3
    datetime = datetime_module
    return eval("x * 2"), eval("datetime.timezone.utc"), eval("repr(x)")

print(f())

def g(a, b=10):
    inner = [a + i for i in range(3)]
    return eval("inner + [b]"), eval("x", {"x": "given globals"}), eval("x + y", {"x": 1}, {"y": 2})

print(g(1))

def closure():
    captured = "cell"
    def inner():
        return eval("captured")
    seen = captured
    return eval("seen"), inner

v, inner = closure()
print(v)
try:
    inner()
except NameError as e:
    print("NameError", e)

class C:
    k = 7
    doubled = eval("k * 2")

print(C.doubled, eval("x"))

def rt():
    tz = datetime_module.timezone(datetime_module.timedelta(hours=5), "EST5")
    datetime = datetime_module
    return eval(repr(tz)) == tz, repr(tz)

print(rt())

def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
def tag(name):
    def deco(fn):
        def wrapper(*a):
            return f"<{name}>{fn(*a)}</{name}>"
        return wrapper
    return deco
@repeat(2)
def hi():
    return "hi"
@tag("b")
@tag("i")
def text(s):
    return s
print(hi(), text("x"))
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def one():
    return 1
@register
def two():
    return 2
print(sorted(registry), registry["two"]())

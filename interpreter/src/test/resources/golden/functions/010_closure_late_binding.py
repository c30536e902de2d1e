def make():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    return fns
print([f() for f in make()])
def cell_after():
    def get():
        return v
    v = "assigned later"
    return get()
print(cell_after())
x = "global x"
def reader():
    def inner():
        return x
    return inner()
print(reader())
def shadow():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    return inner(), x
print(shadow())

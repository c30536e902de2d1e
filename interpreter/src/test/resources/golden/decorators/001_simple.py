def shout(fn):
    def wrapper(*a, **k):
        return fn(*a, **k).upper()
    return wrapper
@shout
def hello(name):
    return "hello " + name
print(hello("world"))
def trace(fn):
    def wrapper(*args):
        print("call", fn.__name__, args)
        result = fn(*args)
        print("ret", result)
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
print(add.__name__)

def failing():
    yield 1
    raise RuntimeError("gen failed")
g = failing()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(g, "after failure"))
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
c = cleanup()
next(c)
c.close()
print("done")

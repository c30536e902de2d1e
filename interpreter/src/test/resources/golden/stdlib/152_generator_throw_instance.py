# generator.throw(type, instance[, tb]) rethrows that very instance (contextlib's __exit__ does this)
def gen():
    try:
        yield 1
    except KeyError as e:
        yield ("caught", repr(e), e.args)
    except Exception as e:
        yield ("other", type(e).__name__, e.args)


g = gen(); next(g)
err = KeyError("k")
r = g.throw(KeyError, err, None)
print(r, r[1] == repr(err))
g = gen(); next(g)
print(g.throw(ValueError, ("x", 2)))
g = gen(); next(g)
print(g.throw(ValueError, "msg"))
g = gen(); next(g)
print(g.throw(ValueError))
g = gen(); next(g)
print(g.throw(KeyError("inst")))
g = gen(); next(g)
try:
    g.throw(KeyError("inst"), "value")
except TypeError as e:
    print("TypeError", e)
g = gen(); next(g)
# an instance of a subclass passed with its base class is thrown as is
class MyKey(KeyError):
    pass
print(g.throw(KeyError, MyKey("sub")))

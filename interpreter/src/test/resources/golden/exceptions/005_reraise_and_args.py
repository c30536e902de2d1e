def risky():
    raise ValueError("bad value", 42)
try:
    try:
        risky()
    except ValueError:
        print("logging and re-raising")
        raise
except ValueError as e:
    print(e.args, str(e), repr(e))
e = KeyError("key")
print(str(e), repr(e), e.args)
print(str(ValueError()), repr(ValueError()), str(OSError(2, "No such file")))
try:
    raise TypeError
except TypeError as err:
    print(repr(err), err.args)
try:
    raise ValueError("x")
except ValueError as err:
    saved = err
print(repr(saved))
try:
    print(err)
except NameError as n:
    print("NameError:", n)

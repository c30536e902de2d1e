print(True, False, None)
print(True + True, True * 10, int(False))
print(bool(0), bool(1), bool(""), bool("a"), bool([]), bool([0]), bool(None), bool({}), bool(0.0))
print(None is None, type(None).__name__, True is not False)
x = None
print(x == None, repr(x), str(True))

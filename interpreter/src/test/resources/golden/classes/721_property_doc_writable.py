# property.__doc__ is writable
raw = property(lambda s: 1, doc="d")
print(raw.__doc__)
raw.__doc__ = 42
print(raw.__doc__)
try:
    raw.fget = 1
except AttributeError as e:
    print("AttributeError")

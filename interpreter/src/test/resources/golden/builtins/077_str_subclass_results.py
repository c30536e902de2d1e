class S(str): pass
class R:
    def __repr__(self): return S("r!")
    def __str__(self): return S("s!")
print(repr(R()), str(R()), "-".join([S("a"), "b", S("c")]), f"{R()!r}")
try: "-".join(["a", 1])
except TypeError as e: print(e)

class Config:
    debug = False
c = Config()
print(hasattr(c, "debug"), hasattr(c, "verbose"), getattr(c, "debug"), getattr(c, "verbose", "n/a"))
setattr(c, "verbose", True)
print(c.verbose, getattr(c, "verbose"))
delattr(c, "verbose")
print(hasattr(c, "verbose"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
for name in ["upper", "lower"]:
    print(getattr("MiXed", name)())
print(hasattr([], "append"), hasattr(5, "real"), getattr(5, "real"))

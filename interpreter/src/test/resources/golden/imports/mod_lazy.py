"""A module with PEP 562 hooks: __getattr__ for lazy names."""
loaded = []

def __getattr__(name):
    if name == "lazy":
        loaded.append(name)
        return "computed"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

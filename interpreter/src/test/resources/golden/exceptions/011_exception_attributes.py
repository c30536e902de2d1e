try:
    open("/definitely/not/here.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, isinstance(e, OSError))
try:
    {}["x"]
except LookupError as e:
    print(type(e).__name__, e.args)
try:
    raise SystemExit(4)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name, e)
try:
    next(iter(()))
except StopIteration as e:
    print("StopIteration", e.value)

# A generator's gi_* attributes are the type's (dir() lists them) and read-only, as CPython's
# getsets and members (test_generators' email doctest).
def g():
    yield 1
    yield from inner()

def inner():
    yield 2

i = g()
print([s for s in dir(i) if not s.startswith('_')])
print(i.gi_running, i.gi_suspended, i.gi_yieldfrom, i.gi_code.co_name, i.gi_frame is not None)
next(i)
next(i)
print(i.gi_suspended, type(i.gi_yieldfrom).__name__, i.gi_frame.f_code.co_name)
for name in ["gi_running", "gi_frame", "gi_code", "gi_yieldfrom", "gi_suspended"]:
    try:
        setattr(i, name, 42)
    except AttributeError as e:
        print(e)
print(list(i), i.gi_frame, i.gi_suspended, i.gi_yieldfrom)
print(hasattr(type(i), "gi_running"), "gi_frame" in dir(type(i)))

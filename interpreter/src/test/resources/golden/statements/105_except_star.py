# except* (PEP 654): each handler takes its part of the group (split), a naked exception is
# wrapped in ExceptionGroup(''), re-raised parts keep the group's shape, new exceptions go beside it.
def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), repr(e.__context__))

def a():
    try:
        raise ValueError(1)
    except* ValueError:
        raise TypeError(2)
show(a)
def b():
    try:
        raise ValueError(1)
    except* TypeError:
        pass
show(b)
def c():
    try:
        raise ValueError(1)
    except* ValueError as e:
        print("caught", repr(e))
        raise
show(c)
def d():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("in", [KeyError(3), ValueError(4)])])
    except* ValueError as e:
        print("V", repr(e))
    except* KeyError as e:
        print("K", repr(e))
        raise
show(d)
def g():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError(5)
show(g)
def h():
    try:
        try:
            raise ExceptionGroup("outer", [OSError(1), ValueError(2)])
        except* OSError as e:
            print("os", repr(e), e.exceptions)
        else:
            print("no else when raised")
        finally:
            print("finally runs")
    except* ValueError as e:
        print("outer handler", repr(e))
    else:
        print("never")
show(h)
def i():
    try:
        pass
    except* ValueError:
        print("never")
    else:
        print("else runs")
    finally:
        print("and finally")
show(i)
def j():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
show(j)
def k():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* (ValueError, KeyError) as e:
        print("tuple", repr(e))
show(k)
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("nested", [ValueError(3)])])
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))), eg.split(Exception)[0] is eg)
print(repr(eg.subgroup(OSError)))
for src in ("try:\n    pass\nexcept* ValueError:\n    pass\nexcept KeyError:\n    pass\n", "try:\n    pass\nexcept*:\n    pass\n"):
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

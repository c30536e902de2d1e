# CPython's traceback.py over gilspy's traceback and frame objects: tb_next, tb_lineno,
# f_code.co_name/co_filename, extract_tb/format_exception, walk_stack, source lines via linecache.
import os
import sys
import traceback


def inner(n):
    if n == 0:
        raise KeyError("deep")
    return inner(n - 1)


def outer():
    try:
        inner(2)
    except KeyError as e:
        raise RuntimeError("wrapped") from e


try:
    outer()
except RuntimeError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, os.path.basename(tb.tb_frame.f_code.co_filename)))
        tb = tb.tb_next
    print(names)
    cause_tb = traceback.extract_tb(e.__cause__.__traceback__)
    print([(f.name, f.lineno, f.line) for f in cause_tb])
    text = traceback.format_exception(e)
    print(len(text), text[-1].strip())
    print("direct cause" in "".join(text))
    print([line.strip() for line in traceback.format_exception_only(type(e), e)])
    summary = traceback.TracebackException.from_exception(e)
    print(summary.exc_type.__name__, str(summary), summary.__cause__.exc_type.__name__)
    print(list(summary.format_exception_only()))


def where():
    frame = sys._getframe()
    return [(f.f_code.co_name, lineno) for f, lineno in traceback.walk_stack(frame)][:2]


def caller():
    return where()


print(caller())
stack = traceback.extract_stack(limit=1)
print(stack[0].name, stack[0].lineno, stack[0].line)
print(traceback.format_list(stack)[0].splitlines()[1].strip())
try:
    [].pop()
except IndexError:
    exc_type, exc, tb = sys.exc_info()
    print(traceback.format_tb(tb)[0].splitlines()[1].strip())
    print(traceback.format_exc().splitlines()[-1])

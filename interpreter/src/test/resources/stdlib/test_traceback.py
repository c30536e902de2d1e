import traceback
import sys
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def clean(text):
    return text.replace(HERE + os.sep, "")


def inner(n):
    raise ValueError("bad value %d" % n)


def middle(n):
    inner(n)


def outer():
    middle(7)


try:
    outer()
except ValueError:
    print(clean(traceback.format_exc()), end="")
    info = sys.exc_info()
    frames = traceback.extract_tb(info[2])
    print([(os.path.basename(f.filename), f.lineno, f.name, f.line) for f in frames])
    print([f.name for f in frames], len(traceback.format_tb(info[2])))
    print(traceback.format_exception_only(info[0], info[1]))
    print(clean("".join(traceback.format_exception(info[1]))), end="")
    print(clean("".join(traceback.format_exception(info[0], info[1], info[2], limit=1))), end="")


class AppError(Exception):
    pass


def convert():
    try:
        int("x")
    except ValueError as e:
        raise AppError("conversion failed") from e


try:
    convert()
except AppError as e:
    print(clean("".join(traceback.format_exception(e))), end="")


def handler():
    try:
        raise KeyError("missing")
    except KeyError:
        raise RuntimeError("while handling")


try:
    handler()
except RuntimeError as e:
    print(clean("".join(traceback.format_exception(e))), end="")
    print(clean("".join(traceback.format_exception(e, chain=False))), end="")

try:
    raise KeyError("k")
except KeyError as e:
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
print(traceback.format_exception_only(Exception()), traceback.format_exception_only(AppError("m")))
print(traceback.format_exc(), end="")


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


sink = Sink()
try:
    outer()
except ValueError:
    traceback.print_exc(file=sink)
print(clean("".join(sink.parts)), end="")


def recurse(n):
    recurse(n + 1)


try:
    recurse(0)
except RecursionError as e:
    lines = traceback.format_exception(e)
    print(len(lines) < 20, lines[-2].startswith("  [Previous line repeated "), lines[-2].endswith(" more times]\n"))
    print(lines[-1], end="")

try:
    outer()
except ValueError:
    traceback.print_exc()
print("done")


def deepest():
    return [(os.path.basename(f.filename), f.lineno, f.name, f.line) for f in traceback.extract_stack()][-3:]


def deeper():
    return deepest()


print(deeper())


def stack_text():
    return clean("".join(traceback.format_stack()[-2:]))


print(stack_text(), end="")

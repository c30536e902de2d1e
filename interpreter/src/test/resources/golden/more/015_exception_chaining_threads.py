import threading

errors = []


def hook(args):
    errors.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook


def fail():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("wrapped") from e


t = threading.Thread(target=fail, name="failer")
t.start()
t.join()
print(errors)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    raise KeyError("k") from None
except KeyError as e:
    print(e.__cause__, e.__suppress_context__, repr(e))

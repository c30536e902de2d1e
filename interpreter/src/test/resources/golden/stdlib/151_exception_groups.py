# BaseExceptionGroup/ExceptionGroup as types with message, exceptions, derive and str;
# traceback.py formats an exception whose chain is plain.
import traceback

eg = ExceptionGroup("several", [ValueError("a"), TypeError("b")])
print(type(eg).__name__, eg.message, [type(x).__name__ for x in eg.exceptions], str(eg))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
one = ExceptionGroup("one", (KeyError("k"),))
print(str(one), len(one.exceptions))
d = eg.derive([OSError("c")])
print(type(d).__name__, d.message, [type(x).__name__ for x in d.exceptions])
for bad in [("m", []), ("m", [1]), (1, [ValueError()])]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
try:
    raise ExceptionGroup("raised", [ValueError(1)])
except ExceptionGroup as e:
    print("caught", e)
try:
    raise ValueError("plain")
except ValueError as e:
    print(traceback.format_exception(e)[-1].strip())

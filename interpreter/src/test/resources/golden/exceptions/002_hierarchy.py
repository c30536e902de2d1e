names = ["ValueError", "TypeError", "KeyError", "IndexError", "ZeroDivisionError", "AttributeError",
         "NameError", "RuntimeError", "StopIteration", "AssertionError", "RecursionError",
         "KeyboardInterrupt", "OSError", "FileNotFoundError", "LookupError", "ArithmeticError",
         "NotImplementedError", "UnboundLocalError", "ImportError", "ModuleNotFoundError",
         "OverflowError", "SystemExit", "Exception", "BaseException", "TimeoutError",
         "ConnectionError", "PermissionError", "UnicodeDecodeError", "GeneratorExit"]
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, "<-", cls.__mro__[1].__name__, issubclass(cls, Exception))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(RecursionError, RuntimeError), issubclass(FileNotFoundError, OSError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), IOError is OSError)

"""Register functions to run when the interpreter exits.

The interpreter runs `atexit._run_exitfuncs()` after `threading._shutdown()` when the main
script ends, if this module was imported: callbacks run last-registered first, and an
exception in one is printed and does not stop the others, as in CPython.
"""

import sys as _sys

_exithandlers = []


def register(func, *args, **kwargs):
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException:
            info = _sys.exc_info()
            print("Exception ignored in atexit callback: %r" % (func,), file=_sys.stderr)
            _sys.excepthook(info[0], info[1], info[2])

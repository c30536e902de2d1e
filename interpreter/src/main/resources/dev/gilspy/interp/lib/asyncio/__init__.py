"""CPython's asyncio package, run from its own Lib/ file, with the C Future and Task of _asyncio.

This package's body is CPython's ``asyncio/__init__.py``, executed here; its ``__path__`` lists
this directory, then CPython's, so every submodule is CPython's except ``futures`` and ``tasks``:
the shipped library's copies of those two carry GraalPy's edit that keeps the pure-Python Future
and Task, and gilspy's files run them and then make the choice CPython's files make
(``Future = _CFuture = _asyncio.Future``, ``Task = _CTask = _asyncio.Task``).
"""

import sys as _sys
import _imp

__path__.append(_sys.prefix + '/lib/python3.11/asyncio')
_imp._gilspy_exec(_sys.modules[__name__], __path__[-1] + '/__init__.py')
del _sys, _imp

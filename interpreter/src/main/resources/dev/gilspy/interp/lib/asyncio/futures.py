"""CPython's asyncio.futures, run from its own Lib/ file, with its last line restored.

The shipped library's file ends with GraalPy's edit ("C Futures are not implemented yet, so we
keep the python Future"); gilspy has the C Future (``_asyncio.Future``, modules/asyncio), so this
file runs that source and then binds what CPython's file binds there.
"""

import sys as _sys
import _imp

_imp._gilspy_exec(_sys.modules[__name__], _sys.prefix + '/lib/python3.11/asyncio/futures.py')
del _sys, _imp

# CPython's own last line (the shipped copy comments it out).
Future = _CFuture = _asyncio.Future

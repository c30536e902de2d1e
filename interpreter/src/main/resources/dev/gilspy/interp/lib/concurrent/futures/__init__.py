"""CPython's concurrent.futures, run from its own Lib/ file, beside gilspy's ProcessPoolExecutor.

This package's body is CPython's ``concurrent/futures/__init__.py``, executed here; its
``__path__`` lists this directory, then CPython's, so ``_base`` and ``thread`` (Future, wait,
as_completed, ThreadPoolExecutor) are CPython's modules, and only ``process`` is gilspy's: CPython's
ProcessPoolExecutor forks workers and waits on their process sentinels, which a JVM cannot do, so
gilspy's runs spawned child JVMs over its own multiprocessing.
"""

import sys as _sys
import _imp

__path__.append(_sys.prefix + '/lib/python3.11/concurrent/futures')
_imp._gilspy_exec(_sys.modules[__name__], __path__[-1] + '/__init__.py')
del _sys, _imp

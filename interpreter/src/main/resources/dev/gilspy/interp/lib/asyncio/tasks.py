"""CPython's asyncio.tasks, run from its own Lib/ file, with the C Task restored.

The shipped library's file keeps the Python Task (GraalPy's edit: "C Tasks are not implemented
yet"); gilspy has the C Task (``_asyncio.Task``, modules/asyncio), so this file runs that source and
then binds what CPython's file binds there. Nothing at the module level after that line uses
``Task``, so binding it after the whole file has run gives CPython's module.
"""

import sys as _sys
import _imp

_imp._gilspy_exec(_sys.modules[__name__], _sys.prefix + '/lib/python3.11/asyncio/tasks.py')
del _sys, _imp

# CPython's own line after ``_PyTask = Task`` (the shipped copy comments it out).
Task = _CTask = _asyncio.Task

# CPython 3.14's tasks.py takes all_tasks from _asyncio as well (a loop over the registry in C).
all_tasks = _asyncio.all_tasks

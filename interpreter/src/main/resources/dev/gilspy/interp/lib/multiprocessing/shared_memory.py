"""multiprocessing.shared_memory: CPython's own module, run here over gilspy's multiprocessing (its
mmap, _posixshmem and resource_tracker)."""
import sys as _sys
import _imp

_imp._gilspy_exec(_sys.modules[__name__], __file__.replace('<gilspy>/lib/gilspy/', '<gilspy>/lib/python3.11/'))

"""multiprocessing.dummy.connection: CPython's own module (Listener, Client, Pipe and Connection
over queues between threads), run here unchanged."""
import sys as _sys
import _imp

_imp._gilspy_exec(_sys.modules[__name__], __file__.replace('<gilspy>/lib/gilspy/', '<gilspy>/lib/python3.11/'))

"""multiprocessing.util: CPython's own module (its logging helpers, Finalize and the finalizer
registry, register_after_fork, is_exiting, get_temp_dir, ForkAwareThreadLock/ForkAwareLocal,
close_all_fds_except, spawnv_passfds), run here over gilspy's multiprocessing.process.

What differs: a JVM never forks, so functions given to register_after_fork are recorded and never
called; and the exit handler CPython's module registers (which stops daemonic children through
their Popen object and joins the rest) is replaced by one that runs the finalizers only: gilspy's
multiprocessing.process stops and joins its children itself at exit.
"""
import atexit as _atexit
import sys as _sys
import _imp

_imp._gilspy_exec(_sys.modules[__name__], __file__.replace('<gilspy>/lib/gilspy/', '<gilspy>/lib/python3.11/'))

_atexit.unregister(_exit_function)


def _exit_function(info=info, debug=debug, _run_finalizers=_run_finalizers):
    global _exiting
    if not _exiting:
        _exiting = True
        info('process shutting down')
        debug('running all "atexit" finalizers with priority >= 0')
        _run_finalizers(0)
        debug('running the remaining "atexit" finalizers')
        _run_finalizers()


_atexit.register(_exit_function)

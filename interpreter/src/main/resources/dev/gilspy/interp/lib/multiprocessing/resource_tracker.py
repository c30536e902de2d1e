"""multiprocessing.resource_tracker for gilspy: CPython's API (register, unregister, ensure_running,
getfd, ResourceTracker) with the tracker kept in the process that registers.

CPython's tracker is a process of its own, fed REGISTER/UNREGISTER lines through a pipe whose
descriptor every process of the program inherits; when the last of them has exited it cleans up what
is still registered, with a warning. A JVM cannot hand a pipe's descriptor to a child JVM, so here
each program's main process keeps its own registry and cleans up at its exit (atexit), with CPython's
warnings. Like CPython's, an unrelated process that attaches to a shared memory block by name
registers it and unlinks it at its exit (bpo-39959; resource_tracker.unregister avoids that). A
multiprocessing child leaves tracking to its parent: on CPython its registrations go to the parent's
tracker, where the parent's own registration of the same block already is; a block a child creates
and never unlinks is not cleaned up (on CPython the shared tracker would unlink it at the end).
"""
import atexit
import os
import sys
import threading
import warnings

import _gilspy_mp

__all__ = ['ensure_running', 'register', 'unregister']

_CLEANUP_FUNCS = {
    'noop': lambda: None,
}

if os.name == 'posix':
    import _posixshmem
    _CLEANUP_FUNCS['shared_memory'] = _posixshmem.shm_unlink


class ResourceTracker(object):

    def __init__(self):
        self._lock = threading.Lock()
        self._fd = None
        self._pid = None
        self._cache = None

    def _stop(self):
        with self._lock:
            self._cache = None
            self._pid = None

    def getfd(self):
        self.ensure_running()
        return self._fd

    def ensure_running(self):
        '''Make sure that the resource tracker is running (here: that its registry is kept).'''
        with self._lock:
            if self._cache is None:
                self._cache = {rtype: set() for rtype in _CLEANUP_FUNCS if rtype != 'noop'}
                self._pid = os.getpid()
                atexit.register(self._cleanup)

    def _check_alive(self):
        return self._cache is not None

    def register(self, name, rtype):
        '''Register name of resource with resource tracker.'''
        self._send('REGISTER', name, rtype)

    def unregister(self, name, rtype):
        '''Unregister name of resource with resource tracker.'''
        self._send('UNREGISTER', name, rtype)

    def _send(self, cmd, name, rtype):
        msg = '{0}:{1}:{2}\n'.format(cmd, name, rtype).encode('ascii')
        if len(msg) > 512:
            # CPython's limit: a message must fit in one atomic pipe write
            raise ValueError('msg too long')
        if _gilspy_mp.is_child():
            return
        self.ensure_running()
        with self._lock:
            try:
                if rtype not in _CLEANUP_FUNCS:
                    raise ValueError('Cannot register {} for automatic cleanup: unknown resource type {}'
                                     .format(name, rtype))
                if cmd == 'REGISTER':
                    self._cache[rtype].add(name)
                elif cmd == 'UNREGISTER':
                    self._cache[rtype].remove(name)
                elif cmd != 'PROBE':
                    raise RuntimeError('unrecognized command %r' % cmd)
            except Exception:
                # CPython's tracker reports a bad line on its stderr and goes on
                try:
                    sys.excepthook(*sys.exc_info())
                except BaseException:
                    pass

    def _cleanup(self):
        cache, self._cache = self._cache, None
        if cache is None or os.getpid() != self._pid:
            return
        for rtype, rtype_cache in cache.items():
            if rtype_cache:
                try:
                    warnings.warn('resource_tracker: There appear to be %d leaked %s objects to clean up at shutdown'
                                  % (len(rtype_cache), rtype))
                except Exception:
                    pass
            for name in rtype_cache:
                try:
                    _CLEANUP_FUNCS[rtype](name)
                except Exception as e:
                    warnings.warn('resource_tracker: %r: %s' % (name, e))


_resource_tracker = ResourceTracker()
ensure_running = _resource_tracker.ensure_running
register = _resource_tracker.register
unregister = _resource_tracker.unregister
getfd = _resource_tracker.getfd


def main(fd):
    '''Run resource tracker (CPython's tracker process: a JVM never starts one).'''
    raise OSError('gilspy keeps the resource tracker in the registering process: there is no tracker process')

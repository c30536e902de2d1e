"""multiprocessing.heap: CPython's own module, run here over gilspy's multiprocessing (its
mmap, _posixshmem and resource_tracker)."""
import sys as _sys
import _imp

_imp._gilspy_exec(_sys.modules[__name__], __file__.replace('<gilspy>/lib/gilspy/', '<gilspy>/lib/python3.11/'))

if _sys.platform != 'win32':
    import _gilspy_mp

    def _choose_dir(self, size):
        # CPython's test, st.f_bavail * st.f_frsize >= size, over the JVM's usable space: gilspy's
        # os has no statvfs (a JVM gives no inode counts)
        for d in self._dir_candidates:
            if _gilspy_mp.usable_space(d) >= size:
                return d
        return util.get_temp_dir()

    Arena._choose_dir = _choose_dir
    del _choose_dir

# Spins for a while inside a subinterpreter that is left for finalization to destroy.
import _interpreters

sub = _interpreters.create()
info = _interpreters.run_string(sub, '''
import _thread
import time
_thread._set_thread_name('in-subinterpreter')
end = time.perf_counter() + 1.0
while time.perf_counter() < end:
    pass
''')
print('done' if info is None else info.formatted)

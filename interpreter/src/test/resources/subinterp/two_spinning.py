# Two threads, each spinning for a while inside its own subinterpreter.
import _interpreters
import threading

def spin(name):
    sub = _interpreters.create()
    info = _interpreters.run_string(sub, f'''
import _thread
import time
_thread._set_thread_name({name!r})
end = time.perf_counter() + 1.5
while time.perf_counter() < end:
    pass
''')
    print(name, 'done' if info is None else info.formatted)

threads = [threading.Thread(target=spin, args=(name,)) for name in ('spin-a', 'spin-b')]
for t in threads:
    t.start()
for t in threads:
    t.join()

# destroy(): CPython 3.13's checks and messages.
import _interpreters
import threading
import time

sub = None

def attempt(fn, *args):
    try:
        fn(*args)
        print('ok')
    except Exception as e:
        # Ids are process-wide: in a JVM that ran other interpreters the sub is not number 1.
        print(type(e).__name__ + ':', str(e).replace(f'ID {sub}', 'ID SUB'))

main_id, _ = _interpreters.get_main()
attempt(_interpreters.destroy, main_id)
attempt(_interpreters.destroy, 12345)
attempt(_interpreters.destroy, 'x')
attempt(_interpreters.run_string, main_id, 'pass')

sub = _interpreters.create()
print(_interpreters.run_string(sub, 'import _interpreters as I; I.destroy(I.get_main()[0])').formatted)
print(_interpreters.run_string(sub, 'import _interpreters as I; I.destroy(I.get_current()[0])').formatted)

started = threading.Event()
def busy():
    started.set()
    _interpreters.run_string(sub, 'import time\ntime.sleep(0.6)')
runner = threading.Thread(target=busy)
runner.start()
started.wait()
time.sleep(0.2)
print(_interpreters.is_running(sub))
attempt(_interpreters.destroy, sub)
attempt(_interpreters.run_string, sub, 'pass')
runner.join()
print(_interpreters.is_running(sub))
print(len(_interpreters.list_all()))
attempt(_interpreters.destroy, sub)
attempt(_interpreters.destroy, sub)
attempt(_interpreters.run_string, sub, 'pass')
print(len(_interpreters.list_all()))

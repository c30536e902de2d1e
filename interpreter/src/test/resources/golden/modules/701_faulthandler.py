# faulthandler: the enabled flag, dump_traceback of the calling thread, a cancelled dump_traceback_later.
import faulthandler, sys, time
print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.is_enabled())
def inner():
    faulthandler.dump_traceback(sys.stdout, all_threads=False)
inner()
faulthandler.dump_traceback_later(0.05, file=sys.stdout)
faulthandler.cancel_dump_traceback_later()
time.sleep(0.2)
print("cancelled: no Timeout line above")
sys.stdout.flush()
try:
    faulthandler.dump_traceback_later(0)
except ValueError as e:
    print("ValueError:", e)
try:
    faulthandler.dump_traceback(-1)
except ValueError as e:
    print("ValueError:", e)

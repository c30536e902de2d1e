# A thread that joins the main thread: at exit threading._shutdown releases the main thread's lock and
# then asserts it is unlocked; the woken joiner must not have taken it in between (test_threading's
# test_1_join_on_shutdown, which failed every time with an AssertionError in _stop).
import sys, threading, time

def joiningfunc(mainthread):
    mainthread.join()
    print('end of thread')
    sys.stdout.flush()

t = threading.Thread(target=joiningfunc, args=(threading.current_thread(),))
t.start()
time.sleep(0.1)
print('end of main')

# An atexit function registered from a threading atexit function: threading._shutdown raises
# RuntimeError, which the interpreter reports as unraisable ("Exception ignored in: <module
# 'threading' ...>") and the exit status stays 0 (test_threading's test_atexit_after_shutdown).
import threading

def func():
    pass

def run_last():
    print("run_last")
    threading._register_atexit(func)

threading._register_atexit(run_last)
print("end of main")

# At exit, after __main__'s objects, the data held by the program's other modules is dropped and
# their __del__ methods run, with the module's imports and functions still there (CPython clears
# modules at shutdown; a cycle's finalizers run before anything of it is cleared).
import sys
import os

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_lib"))

import gcmod_at_exit


class Main:
    def __del__(self):
        print("main object finalized")


m = Main()
print("end of script", gcmod_at_exit.helper())

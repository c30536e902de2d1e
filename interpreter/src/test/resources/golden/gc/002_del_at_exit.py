# At exit, __main__'s globals go and their __del__ methods run (after atexit callbacks),
# in the order the names were bound; weakref.finalize callbacks run at exit too.
import atexit
import gc
import weakref


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Plain:
    pass


first = Noisy("first")
second = Noisy("second")
target = Plain()
weakref.finalize(target, print, "finalize at exit")
gone = Plain()
fin = weakref.finalize(gone, print, "finalize at collect")
del gone
gc.collect()
print("alive after collect:", fin.alive)
atexit.register(print, "atexit")
print("end of script")

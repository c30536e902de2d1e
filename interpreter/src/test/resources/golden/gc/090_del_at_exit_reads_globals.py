# A __del__ that runs at interpreter exit still reads __main__'s constants, imports, classes and
# functions (CPython finalises the dead module's objects before it clears the module's dict)
import sys
GREETING = "bye"
LIMIT = 3


def shout(s):
    return s.upper()


class C:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n, GREETING, LIMIT, shout(GREETING), C.__name__, sys.version_info[0])


a = C(1)
print("end")

try:
    from math import not_a_function
except ImportError as e:
    # CPython appends "(/path/to/math.so)": only the part before it is portable.
    print("ImportError:", str(e).split(" (")[0])
try:
    from mod_util import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
import mod_util
try:
    mod_util.nothing
except AttributeError as e:
    print("AttributeError:", e)

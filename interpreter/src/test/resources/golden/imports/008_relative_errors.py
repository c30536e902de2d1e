# The errors of relative imports and missing names, as CPython words them.
import sys
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .mod import anything
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __spec__)
try:
    import _rel.sub.deep
except ImportError as e:
    print(type(e).__name__, e)
try:
    from _rel import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    import _rel.helpers.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    __import__("x", globals={"__name__": "top"}, level=1)
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("x", globals={"__name__": "a.b", "__package__": "a"}, level=3)
except ImportError as e:
    print(type(e).__name__, e)
try:
    import no_such_module_at_all
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

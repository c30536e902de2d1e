# Packages and relative imports: from . import x, from .mod import y, from .. import z,
# __package__, __spec__, __path__, import a.b.c binding, from pkg import submodule, __all__.
import os
import _rel
print(_rel.VALUE, _rel.helpers.who(), _rel.core.WHO)
print(_rel.__package__, _rel.__spec__.name, _rel.__spec__.parent, _rel.__name__)
print(os.path.basename(_rel.__file__), [os.path.basename(p) for p in _rel.__path__])
print(_rel.__spec__.submodule_search_locations == _rel.__path__, _rel.__spec__.origin == _rel.__file__)
print(_rel.__spec__.has_location, _rel.__loader__ is _rel.__spec__.loader)
import _rel.sub.leaf
print(_rel.sub.leaf.NAME, _rel.sub.V, _rel.sub.PKG, _rel.sub.who(), _rel.LOADED)
print(_rel.sub.leaf.__package__, _rel.sub.leaf.__spec__.parent, _rel.sub.__spec__.parent)
import _rel.sub.sibling as sib
print(sib.NAME, sib.__name__)
from _rel.lazy import mod
print(mod.X, mod.__name__, "mod" in vars(__import__("_rel.lazy", fromlist=["x"])))
from _rel import *
print(VALUE, helpers.__name__, lazy_star.STAR)
print(hasattr(_rel, "circ_a"))
from _rel import circ_a
print(circ_a.A2, circ_a.SEEN_BY_B)
try:
    import _rel.circ_c
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
print("_rel.circ_c" in __import__("sys").modules)
m = __import__("_rel.sub.leaf")
print(m.__name__)
m = __import__("_rel.sub", fromlist=["leaf"])
print(m.__name__)
m = __import__("sibling", globals=vars(_rel.sub), fromlist=["NAME"], level=1)
print(m.__name__)
m = __import__("", vars(_rel.sub.leaf), None, ["sibling"], 2)
print(m.__name__)

# PEP 420 namespace packages (a directory without __init__.py) and a module that replaces itself
# in sys.modules: importers get the replacement.
import os
import _nspkg
print(_nspkg.__file__, [os.path.basename(p) for p in _nspkg.__path__], _nspkg.__spec__.origin)
print(_nspkg.__spec__.submodule_search_locations is not None, _nspkg.__package__)
from _nspkg import mod_a
from _nspkg.inner.mod_b import B
print(mod_a.A, B)
import _nspkg.inner
print(_nspkg.inner.__name__, _nspkg.inner.__file__)
import _rel.replaced
print(_rel.replaced)
from _rel.replaced import VALUE
print(VALUE)
from _rel import replaced
print(replaced, __import__("_rel.replaced", fromlist=["x"]))
import _rel.replaced as r
print(r.VALUE)

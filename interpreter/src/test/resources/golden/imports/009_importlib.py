# importlib.import_module (absolute and relative), importlib.util.find_spec, importlib.reload,
# the import-system lists in sys.
import sys
import importlib
import importlib.util
m = importlib.import_module("_rel.sub")
print(m.__name__, m is sys.modules["_rel.sub"])
print(importlib.import_module(".sibling", "_rel.sub").NAME)
print(importlib.import_module("..core", "_rel.sub").VALUE)
spec = importlib.util.find_spec("_rel.lazy.mod")
print(spec.name, spec.parent, spec.submodule_search_locations, spec.origin.endswith("mod.py"))
spec = importlib.util.find_spec("_rel.lazy")
print(spec.name, spec.parent, len(spec.submodule_search_locations))
print(importlib.util.find_spec("no_such_module_here"))
print(importlib.util.find_spec("sys").origin, importlib.util.find_spec("math").name)
print(importlib.util.resolve_name(".leaf", "_rel.sub"))
import _rel.counter as c
print(c.RUNS)
c2 = importlib.reload(c)
print(c2 is c, c.RUNS)
print(type(sys.meta_path).__name__, type(sys.path_hooks).__name__, type(sys.path_importer_cache).__name__)
print(all(hasattr(f, "find_spec") for f in sys.meta_path))
print(sys.modules["sys"].__spec__.origin, sys.__loader__ is not None)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError", e)
class Finder:
    def find_spec(self, name, path, target=None):
        if name == "virtual_mod":
            return importlib.util.spec_from_loader(name, Loader())
        return None
class Loader:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.ANSWER = 42
sys.meta_path.append(Finder())
import virtual_mod
print(virtual_mod.ANSWER, virtual_mod.__spec__.name, virtual_mod.__loader__.__class__.__name__)

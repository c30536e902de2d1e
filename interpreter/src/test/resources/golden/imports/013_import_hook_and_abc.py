# A replaced builtins.__import__ sees every import statement (CPython's IMPORT_NAME calls it), and
# loaders built on importlib.abc run the source they return.
import builtins
import sys
import importlib.abc
import importlib.util
seen = []
real_import = builtins.__import__
def hook(name, globals=None, locals=None, fromlist=(), level=0):
    if not globals["__name__"].startswith("importlib"):  # CPython's own loader imports _io through the hook
        seen.append((name, None if fromlist is None else tuple(fromlist), level, globals["__name__"]))
    return real_import(name, globals, locals, fromlist, level)
builtins.__import__ = hook
import math
import _rel.sub.sibling as sib
from _rel import core
from _rel.sub import *
builtins.__import__ = real_import
for s in seen:
    print(s)
print(sib.NAME, core.VALUE, math.floor(2.5))

class StringLoader(importlib.abc.InspectLoader):
    def __init__(self, sources):
        self.sources = sources
    def get_source(self, fullname):
        return self.sources[fullname]
    def is_package(self, fullname):
        return False
class StringFinder(importlib.abc.MetaPathFinder):
    def __init__(self, loader):
        self.loader = loader
    def find_spec(self, fullname, path, target=None):
        if fullname in self.loader.sources:
            return importlib.util.spec_from_loader(fullname, self.loader)
        return None
loader = StringLoader({"strmod": "X = 6 * 7\ndef f():\n    return __name__\n"})
sys.meta_path.insert(0, StringFinder(loader))
import strmod
print(strmod.X, strmod.f(), strmod.__loader__ is loader, strmod.__spec__.name)
print(isinstance(loader, importlib.abc.Loader), StringFinder(loader).find_spec("nothing", None))

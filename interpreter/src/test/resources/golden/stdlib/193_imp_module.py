# The deprecated imp module (over gilspy's _imp): find_module on a file, new_module, the
# frozen-module queries (gilspy freezes no module: get_frozen_object raises as CPython's does for a
# name it has not frozen), is_builtin, the lock functions, get_suffixes' source entry.
# (imp.load_module/load_source run CPython's importlib._bootstrap._load, which gilspy does not set up.)
import os
import sys
import tempfile
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
import imp

d = tempfile.mkdtemp()
with open(os.path.join(d, "impmod.py"), "w") as f:
    f.write("VALUE = 'loaded through imp'\n")
fh, path, desc = imp.find_module("impmod", [d])
print(os.path.basename(path), desc)
print(fh.read())
fh.close()
m = imp.new_module("fresh")
print(type(m).__name__, m.__name__)
print(imp.is_builtin("sys"), imp.is_builtin("nonexistent"), imp.is_frozen("nonexistent"))
try:
    imp.get_frozen_object("nonexistent")
except ImportError as e:
    print("ImportError", e)
print(imp.init_frozen("nonexistent"))
imp.acquire_lock()
print(imp.lock_held())
imp.release_lock()
print((".py", "r", imp.PY_SOURCE) in imp.get_suffixes())
print(imp.PY_SOURCE, imp.PKG_DIRECTORY, imp.C_BUILTIN)
try:
    imp.find_module("surely_not_a_module_name")
except ImportError as e:
    print("ImportError", e)

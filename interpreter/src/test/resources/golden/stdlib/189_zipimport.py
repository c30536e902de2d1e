# CPython's zipimport over gilspy's _frozen_importlib_external / _frozen_importlib (the frozen names
# of importlib's bootstrap): a zipimporter used directly (find_spec, load_module, get_source,
# get_data, is_package, get_filename, errors), and zip archives on sys.path and in a package's
# __path__ found by the import statement (CPython's zipimporter path hook), relative imports inside.
import os
import sys
import tempfile
import zipfile
import zipimport

tmp = tempfile.mkdtemp()
archive = os.path.join(tmp, "bundle.zip")
with zipfile.ZipFile(archive, "w") as zf:
    zf.writestr("zmod.py", "X = 42\ndef hello():\n    return 'hello from ' + __name__\n")
    zf.writestr("zpkg/__init__.py", "from .inner import VALUE\nfrom . import sub\n")
    zf.writestr("zpkg/inner.py", "VALUE = 'inner value'\n")
    zf.writestr("zpkg/sub/__init__.py", "WHERE = __name__\n")
    zf.writestr("zpkg/data.txt", "some data\n")
    zf.writestr("deep/dir/leaf.py", "LEAF = 'leaf'\n")


def rel(p):
    return p.replace(tmp, "<TMP>")


zi = zipimport.zipimporter(archive)
print(rel(zi.archive), repr(zi.prefix), rel(repr(zi)))
spec = zi.find_spec("zmod")
print(spec.name, rel(spec.origin), spec.submodule_search_locations)
print(zi.find_spec("missing"))
m = zi.load_module("zmod")
print(m.X, m.hello(), rel(m.__file__), type(m.__loader__).__name__)
print(zi.is_package("zpkg"), zi.is_package("zmod"), repr(zi.get_source("zmod")))
print(zi.get_data("zpkg/data.txt"), rel(zi.get_filename("zpkg")))
try:
    zi.is_package("nothere")
except zipimport.ZipImportError as e:
    print("ZipImportError", e)
try:
    zipimport.zipimporter(os.path.join(tmp, "nope.zip"))
except zipimport.ZipImportError as e:
    print("ZipImportError", rel(str(e)))
sub = zipimport.zipimporter(os.path.join(archive, "deep", "dir"))
print(repr(sub.prefix), sub.load_module("leaf").LEAF)

sys.path.insert(0, archive)
import zpkg
import zpkg.inner
print(zpkg.VALUE, zpkg.sub.WHERE, rel(zpkg.__path__[0]), type(zpkg.__spec__.loader).__name__)
from zpkg import sub as s2
print(s2 is zpkg.sub, rel(s2.__file__))
import importlib
print(importlib.import_module("zpkg.inner").VALUE)
sys.path.remove(archive)

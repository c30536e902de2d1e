# importlib.machinery, importlib.util and pkgutil over a directory on disk, as plugin loaders use them:
# load a .py file by path, list a directory's modules, the finders on sys.path_hooks, a loader
# subclass that rewrites the source, the bytecode cache paths, the extension loader refusing.
import importlib.abc
import importlib.machinery as machinery
import importlib.util
import os
import pkgutil
import sys
import tempfile

names = ['ModuleSpec', 'BuiltinImporter', 'FrozenImporter', 'PathFinder', 'FileFinder', 'SourceFileLoader',
         'SourcelessFileLoader', 'ExtensionFileLoader', 'WindowsRegistryFinder', 'all_suffixes']
print([hasattr(machinery, n) for n in names])
print(machinery.SOURCE_SUFFIXES, machinery.BYTECODE_SUFFIXES, '.py' in machinery.all_suffixes())

root = tempfile.mkdtemp()
with open(os.path.join(root, 'plugin_one.py'), 'w') as f:
    f.write('VALUE = 41 + 1\ndef who():\n    return __name__, __spec__.name\n')
os.mkdir(os.path.join(root, 'plugpkg'))
with open(os.path.join(root, 'plugpkg', '__init__.py'), 'w') as f:
    f.write('from . import inner\nTOTAL = inner.X * 2\n')
with open(os.path.join(root, 'plugpkg', 'inner.py'), 'w') as f:
    f.write('X = 21\n')
with open(os.path.join(root, 'notes.txt'), 'w') as f:
    f.write('not a module\n')

# spec_from_file_location + module_from_spec + exec_module: a module by its path
spec = importlib.util.spec_from_file_location('plugin_one', os.path.join(root, 'plugin_one.py'))
print(type(spec.loader).__name__, spec.name, os.path.basename(spec.origin), spec.submodule_search_locations)
mod = importlib.util.module_from_spec(spec)
print('plugin_one' in sys.modules, os.path.basename(mod.__file__))
spec.loader.exec_module(mod)
print(mod.VALUE, mod.who())
print(importlib.util.spec_from_file_location('notes', os.path.join(root, 'notes.txt')))

# a package by its path, registered so that its relative import finds the parent
pspec = importlib.util.spec_from_file_location('plugpkg', os.path.join(root, 'plugpkg', '__init__.py'))
print([os.path.basename(p) for p in pspec.submodule_search_locations], pspec.parent)
pkg = importlib.util.module_from_spec(pspec)
sys.modules['plugpkg'] = pkg
pspec.loader.exec_module(pkg)
print(pkg.TOTAL, pkg.inner.X, sys.modules['plugpkg.inner'].__name__)

# pkgutil lists a directory through sys.path_hooks (FileFinder)
print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([root])))
print(sorted(m.name for m in pkgutil.walk_packages([root])))
importer = pkgutil.get_importer(root)
print(type(importer).__name__, isinstance(importer, machinery.FileFinder), root in sys.path_importer_cache)
found = importer.find_spec('plugin_one')
print(found.name, os.path.basename(found.origin), importer.find_spec('nothing_here'))
finder = machinery.FileFinder(root, (machinery.SourceFileLoader, machinery.SOURCE_SUFFIXES))
print(os.path.basename(finder.find_spec('plugpkg').origin), finder.find_spec('plugpkg').submodule_search_locations == [os.path.join(root, 'plugpkg')])
print(machinery.PathFinder.find_spec('plugin_one', [root]).name, machinery.PathFinder.find_spec('nothing_here', [root]))
print(sorted(m.name for m in pkgutil.iter_modules(__import__('json').__path__)))

# a loader subclass that rewrites the source before it runs
class Shouting(machinery.SourceFileLoader):
    def get_data(self, path):
        return super().get_data(path).replace(b'41', b'99')

sspec = importlib.util.spec_from_file_location('loud', os.path.join(root, 'plugin_one.py'),
                                               loader=Shouting('loud', os.path.join(root, 'plugin_one.py')))
loud = importlib.util.module_from_spec(sspec)
sspec.loader.exec_module(loud)
print(loud.VALUE, loud.who())

# bytecode cache paths (PEP 3147), whatever the interpreter's tag
cached = importlib.util.cache_from_source(os.path.join(root, 'plugin_one.py'))
print(os.path.basename(os.path.dirname(cached)), cached.endswith('.pyc'), os.path.basename(cached).split('.')[0])
print(importlib.util.source_from_cache(cached) == os.path.join(root, 'plugin_one.py'))

# the extension loader refuses a file that is not a real extension module
with open(os.path.join(root, 'fake_ext.so'), 'wb') as f:
    f.write(b'not an ELF file')
espec = importlib.util.spec_from_loader('fake_ext', machinery.ExtensionFileLoader('fake_ext', os.path.join(root, 'fake_ext.so')))
try:
    importlib.util.module_from_spec(espec)
except ImportError:
    print('ImportError from the extension loader')

# importlib.abc: a meta path finder and a loader of generated source
class Generated(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, fullname, path, target=None):
        if fullname == 'generated_mod':
            return importlib.util.spec_from_loader(fullname, self)
        return None

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.ANSWER = 'made by ' + type(self).__name__

sys.meta_path.insert(0, Generated())
import generated_mod
print(generated_mod.ANSWER, generated_mod.__spec__.origin, isinstance(Generated(), importlib.abc.Loader))

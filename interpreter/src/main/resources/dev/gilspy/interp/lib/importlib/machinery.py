"""importlib.machinery for gilspy: the spec, finder and loader classes of the import system.

ModuleSpec, BuiltinImporter, PathFinder, SourceFileLoader and NamespaceLoader are gilspy's (the
objects its Java import system gives modules). FileFinder, SourcelessFileLoader, ExtensionFileLoader
and WindowsRegistryFinder are CPython's, from importlib._bootstrap_external, loaded on first use so
that `import inspect` (which imports this module) does not pay for them.
"""
from _gilspy_bootstrap import (ModuleSpec, BuiltinImporter, PathFinder, SourceFileLoader,
                               LibraryLoader, LibraryFinder, NamespaceLoader)

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
EXTENSION_SUFFIXES = []

_FROM_BOOTSTRAP_EXTERNAL = ('FileFinder', 'SourcelessFileLoader', 'ExtensionFileLoader',
                            'WindowsRegistryFinder')


class FrozenImporter:
    """gilspy freezes no module: this finder finds nothing."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


def __getattr__(name):
    if name in _FROM_BOOTSTRAP_EXTERNAL:
        from importlib import _bootstrap_external
        value = getattr(_bootstrap_external, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_file_finder_hook_function = None


def _file_finder_hook(path):
    """CPython's FileFinder path hook for a directory on disk, with gilspy's source loader."""
    global _file_finder_hook_function
    if _file_finder_hook_function is None:
        _file_finder_hook_function = __getattr__('FileFinder').path_hook(
            (__getattr__('ExtensionFileLoader'), EXTENSION_SUFFIXES), (SourceFileLoader, SOURCE_SUFFIXES),
            (__getattr__('SourcelessFileLoader'), BYTECODE_SUFFIXES))
    return _file_finder_hook_function(path)

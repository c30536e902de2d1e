"""importlib.machinery for gilspy: the spec, finder and loader classes of the import system."""
from _gilspy_bootstrap import (ModuleSpec, BuiltinImporter, PathFinder, SourceFileLoader,
                               LibraryLoader)

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
EXTENSION_SUFFIXES = []


class FrozenImporter:
    """gilspy freezes no module: this finder finds nothing."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES

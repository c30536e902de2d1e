"""importlib._bootstrap_external for gilspy: CPython's own module, run here over gilspy's bootstrap.

CPython's importlib/__init__.py wires this module to importlib._bootstrap when it sets the import
system up; gilspy's import system is Java (runtime/Importer.java), so this file runs CPython's
source (the shipped library's importlib/_bootstrap_external.py) in its own namespace and gives it
_gilspy_bootstrap as its _bootstrap. It is loaded only when something asks for it (py_compile,
importlib.machinery.FileFinder, a directory on sys.path_hooks), not at start-up.
"""
import sys
import _imp
import _gilspy_bootstrap


class __graalpython__:
    """GraalPy's copy of the module asks this in cache_from_source."""
    in_image_buildtime = False


_imp._gilspy_exec(sys.modules[__name__], __file__.replace('<gilspy>/lib/gilspy/', '<gilspy>/lib/python3.11/'))
_set_bootstrap_module(_gilspy_bootstrap)


def _get_supported_file_loaders():
    """The loaders FileFinder uses, with gilspy's own loader of source files (a Java fast path)."""
    extensions = ExtensionFileLoader, _imp.extension_suffixes()
    source = _gilspy_bootstrap.SourceFileLoader, SOURCE_SUFFIXES
    bytecode = SourcelessFileLoader, BYTECODE_SUFFIXES
    return [extensions, source, bytecode]


def _compile_bytecode(data, name=None, bytecode_path=None, source_path=None):
    """A .pyc holds CPython bytecode, and gilspy runs source: SourcelessFileLoader refuses; a source
    loader that finds a cached .pyc (it catches ImportError) reads the source instead."""
    raise ImportError('gilspy runs source, not bytecode: {!r}'.format(bytecode_path), name=name,
                      path=bytecode_path)

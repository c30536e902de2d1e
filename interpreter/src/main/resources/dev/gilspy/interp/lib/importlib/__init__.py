"""importlib for gilspy: import_module, reload, invalidate_caches over gilspy's Java import system.

CPython's own importlib/__init__.py bootstraps _frozen_importlib from _imp, _warnings, _weakref,
_io and marshal; gilspy's import system is Java (runtime/Importer.java), so this package gives the
same public functions on top of it. importlib.util and importlib.machinery are gilspy's too; other
submodules (resources, metadata, abc) are looked up in CPython's importlib after this directory.
"""
import sys
import _gilspy_bootstrap as _bootstrap

__path__.append(__path__[0].replace('<gilspy>/lib/gilspy/', '<gilspy>/lib/python3.11/'))
__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = __import__


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Import a module. The 'package' argument is required when performing a relative import."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Call the invalidate_caches() method on all meta path finders that have one."""
    for finder in sys.meta_path:
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


def reload(module):
    """Reload the module and return it: its source runs again in the same module object."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    parent_name = name.rpartition('.')[0]
    path = None
    if parent_name:
        try:
            parent = sys.modules[parent_name]
        except KeyError:
            raise ImportError(f"parent {parent_name!r} not in sys.modules", name=parent_name) from None
        path = parent.__path__
    spec = None
    for finder in sys.meta_path:
        find = getattr(finder, 'find_spec', None)
        if find is not None:
            spec = find(name, path, module)
            if spec is not None:
                break
    if spec is None:
        raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
    _bootstrap._init_module_attrs(spec, module, override=True)
    if spec.loader is not None and hasattr(spec.loader, 'exec_module'):
        spec.loader.exec_module(module)
    return sys.modules[name]

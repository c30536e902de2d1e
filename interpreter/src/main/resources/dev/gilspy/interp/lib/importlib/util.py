"""importlib.util for gilspy: find_spec, module_from_spec, spec_from_file_location, resolve_name."""
import sys
import _gilspy_bootstrap as _bootstrap
from _gilspy_bootstrap import module_from_spec, spec_from_loader
from importlib.machinery import ModuleSpec, SourceFileLoader

MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    from importlib import _resolve_name
    return _resolve_name(name[level:], package, level)


def _find_spec(name, path):
    for finder in sys.meta_path:
        find = getattr(finder, 'find_spec', None)
        if find is not None:
            spec = find(name, path, None)
            if spec is not None:
                return spec
    return None


def find_spec(name, package=None):
    """Return the spec for the specified module (None when it cannot be found); imports its parent."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} "
                    f"while trying to find {fullname!r}", name=fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError('{}.__spec__ is not set'.format(name)) from None
    if spec is None:
        raise ValueError('{}.__spec__ is None'.format(name))
    return spec


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    """Return a module spec based on a file location."""
    if location is None:
        location = '<unknown>'
    location = str(location)
    if loader is None:
        if location.endswith('.py'):
            loader = SourceFileLoader(name, location)
        elif location.endswith('.pyc'):
            from importlib.machinery import SourcelessFileLoader
            loader = SourcelessFileLoader(name, location)
        else:
            return None
    spec = ModuleSpec(name, loader, origin=location)
    if submodule_search_locations is None and hasattr(loader, 'is_package') and loader.is_package(name):
        submodule_search_locations = []
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
        if not spec.submodule_search_locations and location != '<unknown>':
            spec.submodule_search_locations.append(location.rpartition('/')[0])
    spec.has_location = True
    return spec


def source_hash(source_bytes):
    raise NotImplementedError('gilspy writes no bytecode')


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The path of the .pyc CPython's layout gives a source file (PEP 3147), tagged gilspy-311."""
    from importlib._bootstrap_external import cache_from_source
    return cache_from_source(path, debug_override, optimization=optimization)


def source_from_cache(path):
    """The source file of a .pyc path in a __pycache__ directory (PEP 3147)."""
    from importlib._bootstrap_external import source_from_cache
    return source_from_cache(path)


def decode_source(source_bytes):
    """Decode bytes representing source code and return the string (universal newlines)."""
    return source_bytes.decode('utf-8').replace('\r\n', '\n').replace('\r', '\n')

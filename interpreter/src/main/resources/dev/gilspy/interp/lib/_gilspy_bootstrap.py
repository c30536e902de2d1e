"""gilspy's import machinery objects: what CPython's importlib._bootstrap provides at the Python level.

The import system itself is Java (runtime/Importer.java): it finds and runs modules and calls
_spec_for to give each module its __spec__ and __loader__. This module holds the objects that Python
code sees: ModuleSpec, the loaders (BuiltinImporter, SourceFileLoader for files on disk,
LibraryLoader for the library shipped in the jar), the finders on sys.meta_path (BuiltinImporter,
PathFinder), and the helpers importlib and importlib.util are built on. It imports nothing at top
level: it is loaded before any other module has a spec.
"""

import sys
import _imp


class ModuleSpec:
    """The specification of a module: its name, loader, origin and, for a package, where its submodules are."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader and self.origin == other.origin
                    and smsl == other.submodule_search_locations and self.cached == other.cached
                    and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the package this module is in ('' for a top-level module)."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """Finder and loader of the modules written in Java (CPython's built-in modules)."""

    _ORIGIN = 'built-in'

    def __repr__(self):
        return "<class '_frozen_importlib.BuiltinImporter'>"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None:
            return None
        if _imp.is_builtin(fullname):
            return ModuleSpec(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        return _imp.create_builtin(spec)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


class _FileLoader:
    """Common part of the source loaders: a module name and the path of its source."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.name == other.name and self.path == other.path

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def __repr__(self):
        return '<{} object name={!r} path={!r}>'.format(self.__class__.__name__, self.name, self.path)

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        return _imp._gilspy_read(path)

    def get_source(self, fullname=None):
        data = self.get_data(self.path)
        return data.decode('utf-8')

    def is_package(self, fullname=None):
        filename = self.path.rpartition('/')[2]
        return filename.rpartition('.')[0] == '__init__'

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        cls = type(self)
        if (cls.get_code is _FileLoader.get_code and cls.get_data is _FileLoader.get_data
                and cls.source_to_code is _FileLoader.source_to_code):
            _imp._gilspy_exec(module, self.path)
        else:  # a subclass that transforms the source or the code: CPython's SourceLoader.exec_module
            code = self.get_code(module.__name__)
            if code is None:
                raise ImportError('cannot load module {!r} when get_code() returns None'.format(module.__name__))
            exec(code, module.__dict__)

    def source_to_code(self, data, path='<string>'):
        return compile(data, path, 'exec', dont_inherit=True)

    def get_code(self, fullname=None):
        return self.source_to_code(self.get_data(self.path), self.path)

    def load_module(self, fullname=None):
        return _load_spec(_spec_for(self.name, self.path, self.is_package(), 'source', None, self))

    def get_resource_reader(self, fullname=None):
        return None


class SourceFileLoader(_FileLoader):
    """Loader of a .py file on disk."""

    def path_stats(self, path):
        import os
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}


class LibraryLoader(_FileLoader):
    """Loader of a module of the library shipped in gilspy's jar (a pseudo path under <gilspy>/lib/)."""

    def get_resource_reader(self, fullname=None):
        """importlib.resources' reader of a package's files in the jar (None for a plain module)."""
        if not self.is_package(fullname):
            return None
        return LibraryReader(self.path.rpartition('/')[0])


class LibraryReader:
    """The resource reader of a package in the jar: files() is a Traversable over its pseudo directory."""

    def __init__(self, directory):
        self.directory = directory

    def files(self):
        return LibraryPath(self.directory)

    def open_resource(self, resource):
        return self.files().joinpath(resource).open('rb')

    def resource_path(self, resource):
        raise FileNotFoundError(resource)

    def is_resource(self, path):
        return self.files().joinpath(path).is_file()

    def contents(self):
        return (item.name for item in self.files().iterdir())


class LibraryPath:
    """A file or directory of the shipped library (importlib.resources.abc.Traversable)."""

    def __init__(self, path):
        self._path = path.rstrip('/')

    @property
    def name(self):
        return self._path.rpartition('/')[2]

    def __repr__(self):
        return 'LibraryPath({!r})'.format(self._path)

    def __str__(self):
        return self._path

    def __eq__(self, other):
        return isinstance(other, LibraryPath) and other._path == self._path

    def __hash__(self):
        return hash(self._path)

    def iterdir(self):
        names = _imp._gilspy_listdir(self._path)
        if names is None:
            raise NotADirectoryError(self._path)
        return iter([LibraryPath(self._path + '/' + n) for n in names])

    def is_dir(self):
        return _imp._gilspy_listdir(self._path) is not None

    def is_file(self):
        if self.is_dir():
            return False
        try:
            _imp._gilspy_read(self._path)
            return True
        except OSError:
            return False

    def joinpath(self, *descendants):
        path = self._path
        for d in descendants:
            for part in str(d).split('/'):
                if part:
                    path = path + '/' + part
        return LibraryPath(path)

    def __truediv__(self, child):
        return self.joinpath(child)

    def read_bytes(self):
        return _imp._gilspy_read(self._path)

    def read_text(self, encoding=None):
        return self.read_bytes().decode(encoding or 'utf-8')

    def open(self, mode='r', *args, **kwargs):
        import io
        data = self.read_bytes()
        if 'b' in mode:
            return io.BytesIO(data)
        return io.StringIO(data.decode(kwargs.get('encoding') or 'utf-8'))


class NamespaceLoader:
    """Loader of a namespace package (PEP 420): a directory without __init__.py; nothing to run."""

    def __init__(self, name, path):
        self._name = name
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass


class LibraryFinder:
    """The path entry finder of a directory of the shipped library (what FileFinder is for a directory on disk)."""

    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return 'LibraryFinder({!r})'.format(self.path)

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        return PathFinder.find_spec(fullname, [self.path], target)

    def iter_modules(self, prefix=''):
        """(name, is_package) of the modules in the directory, as pkgutil.iter_modules lists them."""
        names = _imp._gilspy_listdir(self.path) or []
        seen = set()
        for entry in sorted(names):
            if entry.endswith('.py'):
                name, is_pkg = entry[:-3], False
                if name == '__init__':
                    continue
            elif '.' not in entry and _imp._gilspy_listdir(self.path + '/' + entry) is not None:
                if '__init__.py' not in (_imp._gilspy_listdir(self.path + '/' + entry) or []):
                    continue
                name, is_pkg = entry, True
            else:
                continue
            if name.isidentifier() and name not in seen:
                seen.add(name)
                yield prefix + name, is_pkg


def _path_hook(path):
    """sys.path_hooks' entry: a LibraryFinder for a directory of the shipped library, else CPython's
    FileFinder (importlib._bootstrap_external is loaded on the first directory on disk)."""
    if path.startswith('<gilspy>/'):
        if _imp._gilspy_listdir(path) is None:
            raise ImportError('not a directory of the shipped library', path=path)
        return LibraryFinder(path)
    from importlib import machinery
    return machinery._file_finder_hook(path)


class PathFinder:
    """The meta path finder for sys.path and package __path__ entries (files on disk and the shipped library)."""

    def __repr__(self):
        return "<class '_frozen_importlib_external.PathFinder'>"

    @classmethod
    def invalidate_caches(cls):
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        found = _imp._gilspy_find(fullname, None if path is None else list(path))
        if found is None:
            return None
        origin, is_pkg, kind, search = found
        if search is None and is_pkg:
            search = [origin.rpartition('/')[0]]
        return _spec_for(fullname, origin, is_pkg, kind, search)

    @classmethod
    def find_module(cls, fullname, path=None):
        spec = cls.find_spec(fullname, path)
        return None if spec is None else spec.loader


def _spec_for(name, origin, is_pkg, kind, search, loader=None):
    """The ModuleSpec of a module the Java import system found (kind: 'builtin', 'source' or 'lib')."""
    if kind == 'builtin':
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    if kind == 'namespace':
        spec = ModuleSpec(name, NamespaceLoader(name, search), origin=None, is_package=True)
        spec.submodule_search_locations = search
        return spec
    if loader is None:
        loader = (SourceFileLoader if kind == 'source' else LibraryLoader)(name, origin)
    spec = ModuleSpec(name, loader, origin=origin, is_package=is_pkg)
    if is_pkg:
        spec.submodule_search_locations = search if search is not None else [origin.rpartition('/')[0]]
    spec.has_location = True
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """Return a module spec based on various loader methods (importlib._bootstrap.spec_from_loader)."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        from importlib import _bootstrap_external
        search = None if is_package is None else ([] if is_package else None)
        if is_package is None:
            return _bootstrap_external.spec_from_file_location(name, loader=loader)
        return _bootstrap_external.spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def _verbose_message(message, *args, verbosity=1):
    """Print the message to stderr if -v/PYTHONVERBOSE is turned on."""
    if sys.flags.verbose >= verbosity:
        if not message.startswith(('#', 'import ')):
            message = '# ' + message
        print(message.format(*args), file=sys.stderr)


def _call_with_frames_removed(f, *args, **kwds):
    """CPython strips this frame from import tracebacks; gilspy just calls."""
    return f(*args, **kwds)


def _object_name(obj):
    try:
        return obj.__qualname__
    except AttributeError:
        return type(obj).__qualname__


def _wrap(new, old):
    """Simple substitute for functools.update_wrapper."""
    for replace in ['__module__', '__name__', '__qualname__', '__doc__']:
        if hasattr(old, replace):
            setattr(new, replace, getattr(old, replace))
    new.__dict__.update(old.__dict__)


def _load_module_shim(self, fullname):
    """The deprecated loader.load_module() over exec_module (importlib._bootstrap._load_module_shim)."""
    spec = spec_from_loader(fullname, self)
    if fullname in sys.modules:
        module = sys.modules[fullname]
        _init_module_attrs(spec, module, override=True)
        self.exec_module(module)
        return sys.modules[fullname]
    return _load_spec(spec)


def module_from_spec(spec):
    """A new module for spec, with the import-related attributes set (importlib.util.module_from_spec)."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    _init_module_attrs(spec, module)
    return module


def _init_module_attrs(spec, module, override=False):
    if override or getattr(module, '__name__', None) is None:
        module.__name__ = spec.name
    if override or getattr(module, '__loader__', None) is None:
        module.__loader__ = spec.loader
    if override or getattr(module, '__package__', None) is None:
        module.__package__ = spec.parent
    module.__spec__ = spec
    if override or getattr(module, '__path__', None) is None:
        if spec.submodule_search_locations is not None:
            module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        if override or getattr(module, '__file__', None) is None:
            module.__file__ = spec.origin
        if override or getattr(module, '__cached__', None) is None:
            module.__cached__ = spec.cached
    return module


def _load_spec(spec):
    """Creates, registers and executes the module of a spec a custom finder returned."""
    module = module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        if spec.loader is not None:
            if hasattr(spec.loader, 'exec_module'):
                spec.loader.exec_module(module)
            else:
                module = spec.loader.load_module(spec.name)
    except BaseException:
        try:
            del sys.modules[spec.name]
        except KeyError:
            pass
        raise
    return sys.modules.get(spec.name, module)


def _install(sys_module):
    """Puts the finders on sys.meta_path and gives the modules loaded so far their spec."""
    sys_module.meta_path[:] = [BuiltinImporter, PathFinder]
    sys_module.path_hooks[:] = [_path_hook]
    for name, module in list(sys_module.modules.items()):
        if getattr(module, '__spec__', None) is None and name != '__main__':
            if _imp.is_builtin(name):
                module.__spec__ = ModuleSpec(name, BuiltinImporter, origin='built-in')
                module.__loader__ = BuiltinImporter
                module.__package__ = ''
            elif name == __name__:
                module.__spec__ = _spec_for(name, __file__, False, 'lib', None)
                module.__loader__ = module.__spec__.loader


def _main_spec(mod_name):
    """The spec `gilspy -m mod_name` runs: runpy._get_module_details's rules (a package runs its __main__)."""
    if mod_name.startswith('.'):
        raise ImportError('Relative module names not supported')
    pkg_name = mod_name.rpartition('.')[0]
    if pkg_name:
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + '.')):
                raise
            raise ImportError('Error while finding module specification for {!r} ({}: {})'.format(
                mod_name, type(e).__name__, e)) from e
    spec = None
    parent_path = getattr(sys.modules[pkg_name], '__path__', None) if pkg_name else None
    for finder in sys.meta_path:
        find = getattr(finder, 'find_spec', None)
        if find is not None:
            spec = find(mod_name, parent_path, None)
            if spec is not None:
                break
    if spec is None:
        raise ImportError('No module named %s' % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == '__main__' or mod_name.endswith('.__main__'):
            raise ImportError('Cannot use package as __main__ module')
        try:
            return _main_spec(mod_name + '.__main__')
        except ImportError as e:
            raise ImportError('%s; %r is a package and cannot be directly executed' % (e, mod_name)) from None
    if spec.loader is None or spec.origin is None or spec.origin == 'built-in':
        raise ImportError('No code object available for %s' % mod_name)
    return spec


def _run_module_as_main(mod_name, main):
    """`gilspy -m mod_name`: runs the module's source as __main__, sys.argv[0] its file (runpy._run_module_as_main)."""
    try:
        spec = _main_spec(mod_name)
    except ImportError as e:
        raise SystemExit('%s: %s' % (sys.executable, e)) from None
    sys.argv[0] = spec.origin
    main.__file__ = spec.origin
    main.__cached__ = None
    main.__loader__ = spec.loader
    main.__package__ = spec.parent
    main.__spec__ = spec
    spec.loader.exec_module(main)

"""importlib.abc for gilspy: the base classes of finders and loaders.

CPython's importlib/abc.py builds on _bootstrap_external and abc.ABCMeta; gilspy's import system is
Java (runtime/Importer.java), so these are plain classes with the same methods and defaults. A
loader deriving from InspectLoader (or SourceLoader) runs the source it returns in the module.
"""
import _imp
import _gilspy_bootstrap

__all__ = ['Loader', 'Finder', 'MetaPathFinder', 'PathEntryFinder', 'ResourceLoader', 'InspectLoader',
           'ExecutionLoader', 'FileLoader', 'SourceLoader']


class Loader:
    """Abstract base class for import loaders."""

    def create_module(self, spec):
        """Return a module to initialize and into which to load; None for the default module creation."""
        return None

    def load_module(self, fullname):
        if not hasattr(self, 'exec_module'):
            raise ImportError
        spec = _gilspy_bootstrap.ModuleSpec(fullname, self, is_package=self.is_package(fullname)
                                            if hasattr(self, 'is_package') else None)
        return _gilspy_bootstrap._load_spec(spec)

    def module_repr(self, module):
        raise NotImplementedError


class Finder:
    """Legacy abstract base class for import finders."""

    def find_module(self, fullname, path=None):
        raise NotImplementedError


class MetaPathFinder:
    """Abstract base class for import finders on sys.meta_path."""

    def find_module(self, fullname, path):
        found = self.find_spec(fullname, path) if hasattr(self, 'find_spec') else None
        return found.loader if found is not None else None

    def invalidate_caches(self):
        """Called by importlib.invalidate_caches()."""


class PathEntryFinder:
    """Abstract base class for path entry finders used by PathFinder."""

    def find_loader(self, fullname):
        found = self.find_spec(fullname) if hasattr(self, 'find_spec') else None
        if found is None:
            return None, []
        return found.loader, found.submodule_search_locations or []

    def find_module(self, fullname):
        return self.find_loader(fullname)[0]

    def invalidate_caches(self):
        """Called by importlib.invalidate_caches()."""


class ResourceLoader(Loader):
    """A loader that can return data from its storage back-end."""

    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    """A loader that can inspect the modules it loads."""

    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        return compile(data, path, 'exec', dont_inherit=True)

    def exec_module(self, module):
        source = self.get_source(module.__name__)
        if source is None:
            raise ImportError('cannot load module {!r} when get_source() returns None'.format(module.__name__))
        if isinstance(source, bytes):
            source = source.decode('utf-8')
        filename = getattr(module, '__file__', None) or '<{}>'.format(module.__name__)
        _imp._gilspy_exec_source(module, source, filename)


class ExecutionLoader(InspectLoader):
    """An InspectLoader that knows the file of the module it loads."""

    def get_filename(self, fullname):
        raise ImportError

    def exec_module(self, module):
        source = self.get_source(module.__name__)
        if isinstance(source, bytes):
            source = source.decode('utf-8')
        try:
            filename = self.get_filename(module.__name__)
        except ImportError:
            filename = '<{}>'.format(module.__name__)
        _imp._gilspy_exec_source(module, source, filename)


class FileLoader(_gilspy_bootstrap._FileLoader, ResourceLoader, ExecutionLoader):
    """Partial implementation of ResourceLoader and ExecutionLoader for a file."""


class SourceLoader(ResourceLoader, ExecutionLoader):
    """A loader of source: implement get_data(path) and get_filename(fullname)."""

    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return {'mtime': self.path_mtime(path)}

    def set_data(self, path, data):
        """Optional: gilspy writes no bytecode."""

    def get_source(self, fullname):
        return _imp_decode(self.get_data(self.get_filename(fullname)))


def _imp_decode(data):
    return data.decode('utf-8').replace('\r\n', '\n') if isinstance(data, bytes) else data

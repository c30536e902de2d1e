# importlib.metadata and importlib.resources: they import, an unknown distribution raises
# PackageNotFoundError, a package's files are listed and read.
import importlib.metadata as metadata
import importlib.resources as resources

for name in ['no-such-distribution', 'surely_not_installed_either']:
    try:
        metadata.version(name)
    except metadata.PackageNotFoundError as e:
        print('PackageNotFoundError', e, isinstance(e, ModuleNotFoundError))
try:
    metadata.distribution('no-such-distribution')
except metadata.PackageNotFoundError as e:
    print('distribution:', e.name)
print(type(metadata.entry_points()).__name__)
print(metadata.EntryPoint(name='n', value='json.decoder:JSONDecoder', group='g').load().__name__)

root = resources.files('json')
print(sorted(p.name for p in root.iterdir() if p.name.endswith('.py')))
print(root.joinpath('__init__.py').is_file(), root.joinpath('nope.py').is_file())
print(root.joinpath('tool.py').read_text().splitlines()[0])
print(resources.files('email').joinpath('mime').is_dir())
# a file on disk for the resource (a temporary copy when the package is not on disk, as in gilspy's jar)
with resources.as_file(root / 'scanner.py') as path:
    print(path.name.endswith('scanner.py'), path.read_text().count('def ') > 0)

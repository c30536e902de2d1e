# Files beside the library's modules: listing, stat, reading, scandir, glob, importlib.resources
# (a program reads what sits next to a module's __file__, as in CPython's install).
import os, json, encodings, glob
d = encodings.__path__[0]
names = os.listdir(d)
print('utf_8.py' in names, '__init__.py' in names)
print(os.path.isdir(d), os.path.isfile(os.path.join(d, 'utf_8.py')), os.path.exists(os.path.join(d, 'nope.py')))
with open(json.__file__, encoding='utf-8') as f:
    src = f.read()
print('JSONDecodeError' in src)
with open(json.__file__, 'rb') as f:
    data = f.read()
    print(os.fstat(f.fileno()).st_size == len(data))
print(os.stat(json.__file__).st_size == len(data))
print(any(p.endswith('utf_8.py') for p in glob.glob(os.path.join(d, 'utf_*.py'))))
with os.scandir(os.path.dirname(json.__file__)) as it:
    print(sorted(e.name for e in it if e.is_file() and e.name.endswith('.py')))
import importlib.resources as r
print(sorted(p.name for p in r.files('json').iterdir() if p.name.endswith('.py')))
print(os.listdir(os.path.abspath(os.path.dirname(json.__file__))) == os.listdir(os.path.dirname(json.__file__)))
try:
    os.listdir(os.path.join(d, 'nope'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)

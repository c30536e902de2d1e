# mappingproxy over a dict subclass or any mapping forwards to the mapping's own methods
import types, collections
class customdict(dict):
    def __contains__(self, key): return key == 'magic' or dict.__contains__(self, key)
    def __iter__(self): return iter(('iter',))
    def __len__(self): return 500
    def keys(self): return 'keys'
    def __getitem__(self, key): return "getitem=%s" % dict.__getitem__(self, key)
    def get(self, key, default=None): return "get=%s" % dict.get(self, key, 'default=%r' % default)
v = types.MappingProxyType(customdict({'key': 'value'}))
print('key' in v, 'magic' in v, 'xxx' in v, v['key'], tuple(v), len(v), v.keys(), v.get('key'), v.get('nope'))
cm = types.MappingProxyType(collections.ChainMap({'x': 1}, {'y': 2}))
print(cm['x'], cm['y'], len(cm), sorted(cm), cm.get('z', 9), 'y' in cm, repr(cm)[:14])
class Missing(dict):
    def __missing__(self, key): return 'missing=%s' % key
mv = types.MappingProxyType(Missing(x=1))
print(mv['x'], mv['y'], mv.get('y'), 'y' in mv)
p = types.MappingProxyType({'a': 1})
print(p, p | {'b': 2}, isinstance(p, types.MappingProxyType), type(p).__name__)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(e)
class userdict(dict):
    pass
u = userdict(x=1, y=2)
print(types.MappingProxyType(u) == u, types.MappingProxyType(u) != u, bool(types.MappingProxyType(userdict())))
ch = collections.ChainMap({'x': 1}, {'y': 2})
print(types.MappingProxyType(ch) == ch, types.MappingProxyType(ch) == {'x': 1, 'y': 2})

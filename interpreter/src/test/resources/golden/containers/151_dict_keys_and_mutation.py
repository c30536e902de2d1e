# dict semantics from test_dict: a str key and an object equal to it are one key, mutation during
# iteration raises, setdefault hashes once, views compare by membership, mappingproxy is live.
import types


class Key3:
    def __hash__(self):
        return hash('key3')

    def __eq__(self, other):
        return isinstance(other, Key3) or isinstance(other, str) and other == 'key3'


class StrSub(str):
    pass


for key3 in (StrSub('key3'), Key3()):
    d = {'key1': 42, key3: 44}
    print(type(key3).__name__, d.get('key3'), 'key3' in d, d[key3])
    d['key3'] = 45
    print(len(d), d.get(Key3()), d.pop('key3'), len(d))

for make in (lambda d: d, lambda d: d.values(), lambda d: d.items()):
    d = {0: 0}
    try:
        for i in make(d):
            del d[0]
            d[0] = 0
    except RuntimeError as e:
        print('RuntimeError:', e)
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 1
except RuntimeError as e:
    print('RuntimeError:', e)


class Hashed:
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0

    def __hash__(self):
        self.hash_count += 1
        return 42

    def __eq__(self, other):
        self.eq_count += 1
        return self is other


h1 = Hashed()
y = {h1: 5, 0: 0, 1: 1}
h2 = Hashed()
y.setdefault(h2, [])
h3 = Hashed()
y[h3] = 1
print(h1.hash_count, h2.hash_count, h3.hash_count, h1.eq_count + h2.eq_count + h3.eq_count)


class Boom:
    def __eq__(self, other):
        raise ValueError('boom')


for expr in ('a.items() == b.items()', 'a.items() <= b.items()', 'a.items() != b.items()'):
    a, b = {1: Boom()}, {1: Boom()}
    try:
        print(eval(expr))
    except ValueError as e:
        print(expr, 'raised', e)
print({1: 2}.keys() == {1}, {1: 2}.items() == {(1, 2)}, {1: 2}.keys() < {1, 2}, {1, 2} > {1: 0}.keys())
print({}.__or__([]), {}.__or__(None))
c = {0: 0}
c |= [(1, 1), (2, 2)]
print(c)


class dictlike(dict):
    pass


print(type(dictlike.fromkeys('ab')).__name__, dictlike().fromkeys('a'))


class Swapper:
    def __hash__(self):
        return 0

    def __eq__(self, o):
        other.clear()
        return False


other = dict((i, 0) for i in range(1, 50))
other[Swapper()] = 0
try:
    {Swapper(): 0, 1: 1}.update(other)
except RuntimeError as e:
    print('RuntimeError:', e)

d = {'a': 1}
m = d.keys().mapping
p = types.MappingProxyType(d)
d['b'] = 2
print(type(m).__name__, dict(m), p['b'], len(p), repr(p))
try:
    p['c'] = 3
except TypeError as e:
    print('TypeError:', e)


class C:
    x = 1


cd = C.__dict__
C.y = 2
print('y' in cd, cd['x'], repr(cd).startswith('mappingproxy('))


class _str(str):
    pass


class Foo:
    def __init__(self):
        self.msg = '123'


f = Foo()
print(getattr(f, _str('msg')), f.__dict__[_str('msg')])
setattr(f, _str('other'), 5)
print(f.other)

# A subclass of str, bytes, tuple or frozenset with its own __hash__: hash() and dicts use it, and the base's
# __hash__ called from it (str.__hash__(self), ...) is the value's hash, not the override again.
import datetime


class S(str):
    def __hash__(self):
        return str.__hash__(self) ^ 1


class B(bytes):
    def __hash__(self):
        return bytes.__hash__(self) + 1


class T(tuple):
    def __hash__(self):
        return tuple.__hash__(self) + 1


class F(frozenset):
    def __hash__(self):
        return frozenset.__hash__(self) + 1


class Five(tuple):
    def __hash__(self):
        return 5


for value, sub in (('abc', S), (b'abc', B), ((1, 2), T), (frozenset({1, 2}), F)):
    s = sub(value)
    base = type(value).__hash__(value)
    print(type(value).__name__, hash(s) in (base + 1, base ^ 1), type(value).__hash__(s) == hash(value),
          {s: 'found'}.get(sub(value)))
print(hash(Five()), hash(Five((1,))), {Five((1,)): 'x'}[Five((1,))])
d = {Five((1,)): 'a'}
try:
    d[(1,)]
except KeyError as e:
    print('KeyError', e)
for v in (b'x', (1, 2), frozenset({1}), range(3), 'ab', 5, 2.5, 3j, datetime.date(2020, 1, 1)):
    print(type(v).__name__, type(v).__hash__(v) == hash(v))

# str.format numbers a field before the fields nested in its spec, and refuses to mix automatic and
# manual numbering; %x/%o/%c take an object with __index__; str indexing's TypeError wording
print('a{:{}}b'.format('x', '^10'))
print('{:{}.{}}|'.format(3.14159, 10, 3), '{0:{1}}|{2}'.format('ab', 5, 'c'))
for f, args in [('{}{1}', (1, 2)), ('{1}{}', (1, 2)), ('{:{1}}', ('x', 3))]:
    try:
        print(f.format(*args))
    except ValueError as e:
        print('ValueError', e)

class PseudoInt:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class PseudoFloat:
    def __int__(self): return 3
m = PseudoInt(109)
print('%x %X %o %c %d' % (m, m, m, m, m))
for fmt in ('%x', '%c'):
    try:
        print(fmt % PseudoFloat())
    except TypeError as e:
        print('TypeError', e)
for idx in ('1', object(), 1.5, None):
    for seq in ('abc', [1, 2], (1, 2)):
        try:
            seq[idx]
        except TypeError as e:
            print(type(seq).__name__, 'TypeError', e)
print('abc'[PseudoInt(1)], [5, 6][PseudoInt(1)])

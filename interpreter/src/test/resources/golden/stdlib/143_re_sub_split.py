# sub/subn with templates and functions, split with groups, findall and finditer positions, Scanner
import re

print(re.sub(r'(\d+)', r'<\1>', 'a1b22c333'))
print(re.sub(r'(?P<w>\w+)@(\w+)', r'\g<2>:\g<w>', 'joe@home ann@work'))
print(re.subn(r'\s+', ' ', 'a   b \t c\n\nd'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'))
print(re.sub(r'x*', '-', 'abxd'), re.sub(r'x*', '-', ''), re.sub('', '|', 'abc'))
print(re.sub(r'a', r'\n', 'bab'), repr(re.sub(r'a', '\\\\', 'bab')))
print(re.sub(r'(a)|b', r'[\1]', 'ab'), re.sub('a', 'b', 'aaa', count=2))
print(re.sub(r'\w+', lambda m: m.group().upper() if len(m.group()) > 2 else m.group(), 'an old cat'))
print(re.sub(rb'\d+', b'#', b'a12b3'), re.sub(rb'(\d)', lambda m: m.group(1) * 2, b'a1b2'))
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=1))
print(re.split(r'[a-f]+', '0a3B9', flags=re.I), re.split(r'x*', 'axbc'), re.split(r'(a)|b', 'xaybz'))
print(re.split(r'\b', 'a b'), re.split(r'', 'abc'), re.split(r'(?m)^', 'a\nb\n'))
print(re.findall(r'(\w)(\d)?', 'a1bc2'), re.findall(r'', 'ab'))
print([(m.start(), m.end(), m.group()) for m in re.finditer(r'\w+', 'Hello big  world')])
print([m.span() for m in re.finditer(r'a*', 'baaac')])
print([m.group(1) for m in re.compile(r'(\d)').finditer('a1b2c3', 2, 5)])
sc = re.compile(r'\d+').scanner('12 ab 345')
print(sc.search().group(), sc.search().group(), sc.search())
scanner = re.Scanner([
    (r'[a-z_]\w*', lambda s, t: ('NAME', t)),
    (r'\d+', lambda s, t: ('NUM', int(t))),
    (r'[+*/()-]', lambda s, t: ('OP', t)),
    (r'\s+', None),
])
print(scanner.scan('x1 = (foo + 42) * bar'))

def repl(m):
    return {'cat': 'dog', 'red': 'blue'}.get(m.group(), m.group())
print(re.sub(r'\b\w+\b', repl, 'the red cat sat'))
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print('error:', e)
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print('TypeError:', e)

# re over gilspy's _sre: match/search/fullmatch, groups, named groups, Match API and reprs
import re

m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m)
print(m.group(0), m.group(1), m.group(2), m.group(1, 2))
print(m.groups(), m.span(), m.start(2), m.end(2), m.regs)
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re.pattern, m.string)
print(m[0], m[2])

m = re.match(r'(?P<first_name>\w+) (?P<last_name>\w+)', 'Malcolm Reynolds')
print(m.groupdict(), m['last_name'], m.lastgroup, m.span('first_name'))
print(m.expand(r'\g<last_name>, \1'))

print(re.search(r'\d+', 'abc 123 def 456'))
print(re.search(r'x', 'abc'))
print(re.fullmatch(r'\d+', '12345'), re.fullmatch(r'\d+', '123a'))
print(re.match(r'(a)(b)?', 'ac').groups(), re.match(r'(a)(b)?', 'ac').groups('-'))
print(re.match(r'(a)|(b)', 'b').groupdict(), re.match(r'(a)|(b)', 'b').lastindex)

p = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)')
print(p, p.groups, p.groupindex['month'], p.pattern, p.flags)
print(p.search('on 2023-07 and 2024-01').group('year'))
print(p.match('x2023-07', 1), p.match('x2023-07', 1, 5))
print(p.findall('2023-07, 2024-01'))
print(re.compile('a') == re.compile('a'), re.compile(r'a\d', re.I))
print(re.compile(b'ab+'), re.match(b'ab+', b'abbbc'))

for pat in [r'a{2,3}', r'a{2,3}?', r'(?:ab)+', r'[^a-c]+', r'.+?c', r'a*+', r'(?>a+)b', r'\Bb\w']:
    m = re.search(pat, 'xaaaab abcabc ddc bab')
    print(pat, m and m.span(), m and m.group())

print(re.escape('a.b*c?'), re.purge())
try:
    re.compile('(a')
except re.error as e:
    print('error:', e, e.pos)
try:
    re.match('a', b'a')
except TypeError as e:
    print('TypeError:', e)
try:
    m.group(5)
except IndexError as e:
    print('IndexError:', e)

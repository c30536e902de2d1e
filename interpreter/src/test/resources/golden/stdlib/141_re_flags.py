# re flags: IGNORECASE (with Unicode case folding), MULTILINE, DOTALL, VERBOSE, ASCII, inline flags
import re

print(re.findall(r'straße', 'STRASSE Straße STRAßE', re.I))
print(re.findall(r'[a-z]+', 'Hello WORLD ǅungla', re.I))
print(re.match(r'ΣΊΣΥΦΟΣ', 'σίσυφος', re.I).group())
print(re.match(r'k', '\u212a', re.I), re.match(r'k', '\u212a', re.I | re.A))
print(re.findall(r'i', 'İIıi', re.I))
print(re.findall(r'^\w+$', 'one\ntwo\nthree', re.M))
print(re.findall(r'^\w+$', 'one\ntwo\nthree'))
print(re.findall(r'\w+$', 'one\ntwo\n'))
print(re.search(r'a.b', 'a\nb'), re.search(r'a.b', 'a\nb', re.S).span())
pat = re.compile(r'''
    (?P<int>\d+)      # the integer part
    (?:\.(?P<frac>\d+))?  # an optional fraction
''', re.VERBOSE)
print(pat.match('3.14').groupdict(), pat.match('42').groupdict())
print(re.findall(r'\w+', 'café naïve 日本', re.A), re.findall(r'\w+', 'café naïve 日本'))
print(re.findall(r'\d', '1٣3'), re.findall(r'\d', '1٣3', re.ASCII))
print(ascii(re.findall(r'\s+', 'a\u00a0b\u2003c d')), len(re.findall(r'\s', 'a\u00a0b\u2003c d', re.A)))
print(re.findall(r'(?i)hello', 'Hello HELLO'), re.findall(r'(?i:h)ello', 'Hello HELLO hello'))
print(re.findall(r'(?m)^x', 'x\nx'), re.findall(r'(?s).', 'a\n'))
print(re.I, re.I | re.M, re.IGNORECASE.value, re.compile('x', re.M | re.S))
print(re.findall(rb'[a-z]+', b'Bytes AND bytes', re.I))
print(re.sub(r'(?i)[aeiou]', '*', 'Education Is Useful'))
print(re.match(r'\bfoo\b', 'foo bar'), re.search(r'\Bo', 'foo').span())
print(re.findall(r'[\u0400-\u04ff]+', 'Привет, мир! hi'))
print(re.findall(r'[^\W\d]+', 'ab12_cd éf'))

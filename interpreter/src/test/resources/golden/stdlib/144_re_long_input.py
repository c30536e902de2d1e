# long inputs: the engine backtracks on the heap, not the Java stack; literal-prefix search
import re

s = 'ab' * 100000
m = re.match(r'(a|b)*', s)
print(m.end(), m.group(1))
print(re.match(r'(?:a|b)*c', s))
print(re.fullmatch(r'(ab)+', s).span(), re.fullmatch(r'(?:ab)*?', s).span())
print(len(re.findall(r'ab', s)), len(re.sub(r'b', '', s)))
text = ('lorem ipsum dolor sit amet ' * 20000) + 'NEEDLE in the haystack'
print(re.search(r'NEEDLE \w+', text).span())
print(re.search(r'needle', text, re.I).start())
print(len(re.split(r'\s+', text)))
words = re.findall(r'\b\w{5}\b', text)
print(len(words), words[:3])
line = 'x' * 50000 + 'y'
print(re.match(r'.*y', line).end(), re.match(r'.*?y', line).end(), re.search(r'x+$', line[-100:]))
print(re.match(r'(?:x|xx)+y', 'x' * 30 + 'y').end())
nested = '(' * 5000 + ')' * 5000
print(re.fullmatch(r'[()]+', nested) is not None, re.match(r'(\()*', nested).end())
astral = '😀a😀b' * 1000
print(len(re.findall(r'.a', astral)), re.search(r'b.', astral).span(), re.findall(r'.b', astral)[:2])

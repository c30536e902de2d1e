# str.removeprefix/removesuffix on a str subclass give an exact str, a new object, even when nothing is removed
class S(str):
    pass
s = S('spam')
for r in (s.removeprefix('python'), s.removesuffix('python'), s.removeprefix('sp'), s.removesuffix('am'), s.removesuffix('')):
    print(repr(r), type(r).__name__, r is s)
t = 'spam'
print(t.removeprefix('x') is t, t.removesuffix('') is t)

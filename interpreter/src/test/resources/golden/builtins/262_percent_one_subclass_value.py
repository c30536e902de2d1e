# `fmt % value` with one str, int or float subclass value (not in a tuple) formats the value itself:
# %s calls its class's own __str__, as it does inside a tuple, str.format and f-strings.
class S(str):
    def __str__(self): return 'over'
s=S('x'); print('%s'%s, '{}'.format(s), f'{s}', format(s), str(s), '%s'%(s,), '%r'%s)
class I(int):
    def __str__(self): return 'int-over'
    def __repr__(self): return 'I()'
class T(tuple): pass
print('%s|%r|%d|%x' % (I(5), I(5), I(5), I(255)), '%s' % I(7), '%d' % I(7), '%r' % I(7))
print('%s %s' % T((1, 2)), '%s' % S('y'), S('%s!') % S('z'), type(S('%s') % 1).__name__)
class F(float):
    def __str__(self): return 'float-over'
print('%s %.1f' % (F(1.5), F(2.25)), '%s' % F(0.5), '%.2f' % F(0.5))

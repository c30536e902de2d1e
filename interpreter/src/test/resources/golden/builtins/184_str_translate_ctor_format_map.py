# str.translate refuses a code point past 0x10ffff; str() with only encoding/errors is ''; format_map
# refuses positional fields
for m in ({ord('a'): 0x110000}, {ord('a'): -1}, {ord('a'): 0x10ffff}, {ord('a'): 'xy', ord('b'): None}):
    try:
        print(ascii('abc'.translate(m)))
    except ValueError as e:
        print('ValueError', e)
print(repr(str()), repr(str(errors='strict')), repr(str(encoding='utf-8')), repr(str(object='x')), repr(str(b'ab', 'ascii')))
for f in ('{}', '{0}', '{a}{b!r:>4}'):
    try:
        print(f.format_map({'a': 2, 'b': 'z'}))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)

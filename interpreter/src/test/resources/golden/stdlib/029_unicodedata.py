import unicodedata as u
chars = 'aA1 \t\u00e9\u0301\u0316\u05b0\u064b\u093c\u0f71€½²①⑩四\u3000Ａｱ가\u4e00😀\u200b\u2028-([«»_\U0001d400\ufb01\u01c6\u212b\u0344'
for c in chars:
    print(hex(ord(c)), u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c), u.mirrored(c),
          repr(u.decomposition(c)), u.name(c, '?'), u.decimal(c, None), u.digit(c, None), u.numeric(c, None))
for f in ['NFC','NFD','NFKC','NFKD']:
    print(f, [hex(ord(x)) for x in u.normalize(f, 'e\u0301\ufb01\u212b\u1e9b\u0323')], u.is_normalized(f, 'é'))
print(u.lookup('LATIN SMALL LETTER A'), u.lookup('snowman'), u.lookup('CJK UNIFIED IDEOGRAPH-4E00'), u.lookup('HANGUL SYLLABLE GAG'))
try: u.lookup('NO SUCH THING')
except KeyError as e: print('KeyError', e)
try: u.name('\x00')
except ValueError as e: print('ValueError', e)
try: u.category('ab')
except TypeError as e: print('TypeError', e)
print(u.ucd_3_2_0.category('a'))
print('\N{BLACK STAR}', '\N{LATIN SMALL LETTER E WITH ACUTE}'.encode('ascii', 'namereplace'))

# str's case mappings and predicates on Unicode 14.0.0 (CPython 3.11): full mappings from
# SpecialCasing.txt (ß, ligatures, Greek iota subscripts), case folding, final sigma, non-BMP letters,
# and the numeric/alphabetic predicates beyond ASCII.
words = ['ß', 'ﬁnnish', 'ﬃ', 'aΣ\u0345', 'ΑΣ Σ ΑΣ.', 'ὈΔΥΣΣΕΎΣ', 'ΣΑΣ', 'A\u00adΣ b', 'aΣb',
         '\U00010427\U0001044F', '\U0001044F\U00010427 \U00010427', 'İstanbul', 'ǅungla', 'ŉ', 'ᾳ', 'ᾼ',
         chr(0xD800) + 'x', 'Ⅷ ⅷ', 'hello World', "they're bill's", 'ΐ', 'ﬆ', chr(0xA7C0) + chr(0xA7C1), chr(0x10570) + chr(0x10597)]
for s in words:
    print(ascii(s), ascii([s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase()]))
    print('   ', s.istitle(), s.isupper(), s.islower(), s.title().istitle(), s.upper().isupper())
print('ß'.casefold() == 'SS'.casefold(), 'ﬁ'.casefold(), 'µ'.casefold() == 'μ', 'ſ'.casefold())
for c in ['\U0001f107', '²', '①', '⑩', '½', '一', '億', '٣', chr(0x16AC0), 'ⅷ', 'x', '_', chr(0x870), '\U0001d7ce']:
    print(ascii(c), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalpha(), c.isalnum())
print(''.isupper(), ''.islower(), ''.istitle(), '1'.istitle(), 'A1b'.istitle(), 'Aa Bb'.istitle(), 'AA'.istitle())

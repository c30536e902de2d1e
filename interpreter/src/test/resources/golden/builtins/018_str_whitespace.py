# Which characters str counts as whitespace: isspace, split() and strip() without arguments agree,
# and include the no-break spaces and NEL that Java's isWhitespace leaves out.
spaces = [hex(c) for c in range(0x10000) if chr(c).isspace()]
print(spaces)
s = "\xa0a\u2007b\x85c\u202f"
print(s.split(), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(s.rsplit(None, 1))
print("\xa0".isspace(), "\u200b".isspace(), "\u180e".isspace(), "".isspace())

# str.isprintable and repr() follow Unicode 14 (CPython 3.11): letters added after Unicode 13 are printable
chars = ["\u061d", "\u0870", "\u0c5d", "\u20c0", "\u2c2f", "\u9ffd", "\ua7c0", "\U0001fae0", "\U0001f979",
         "\U00010570", "\U0002a6de", "\u0378", "\u00ad", "\u2028", "\x85", "\ue000", "a", " ", "\u3000"]
for c in chars:
    print("%06x" % ord(c), c.isprintable(), ascii(repr(c)))
print(repr("melting \U0001fae0 face") == "'melting \U0001fae0 face'")
print(sum(1 for i in range(0x30000) if chr(i).isprintable()))

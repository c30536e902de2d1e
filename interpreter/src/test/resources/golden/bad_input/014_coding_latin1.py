# -*- coding: latin-1 -*-
# PEP 263: a Latin-1 byte in a literal and a comment (é)
s = "café"
print(s, len(s), ascii(s))
import mod_cp1252
print(mod_cp1252.EURO, ascii(mod_cp1252.EURO))

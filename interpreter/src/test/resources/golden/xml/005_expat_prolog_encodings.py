import pyexpat
ENTITY_XML = """\
<!DOCTYPE points [
<!ENTITY % user-entities SYSTEM 'user-entities.xml'>
%user-entities;
]>
<document>&entity;</document>
"""
for d in [ENTITY_XML, "foobar<", "foo"]:
    p = pyexpat.ParserCreate()
    p.DefaultHandlerExpand = lambda t: print("D", repr(t))
    try:
        p.Parse(d, False); p.Parse("", True)
    except pyexpat.ExpatError as e: print(e)
import xml.etree.ElementTree as ET
for s in ["foo", "<tag>&foo;</tag>", "foobar<"]:
    try:
        ET.fromstring(s)
    except ET.ParseError as e:
        print(repr(s), e.code, e.position)
for enc in ["mac-roman", "cp437", "koi8-u", "iso8859", "iso-8859-15", "cp1252", "latin-1", "bogus-enc"]:
    doc = ('<?xml version="1.0" encoding="%s"?><a>caf\u00e9</a>' % enc)
    try:
        print(enc, repr(ET.fromstring(doc.encode(enc if enc not in ("iso8859", "bogus-enc") else "latin-1")).text))
    except Exception as e:
        print(enc, type(e).__name__, e)

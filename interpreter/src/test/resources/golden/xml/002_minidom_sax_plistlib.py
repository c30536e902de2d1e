import xml.dom.minidom as minidom
import xml.sax, xml.sax.handler, xml.sax.saxutils
import plistlib, io, datetime
doc = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE catalog [<!ENTITY pub "Publisher &amp; Co">]>
<catalog xmlns:x="urn:x">
  <book id="1" x:lang="en"><title>Python &amp; XML</title><by>&pub;</by></book>
  <!-- note -->
  <book id="2"><title><![CDATA[a < b]]></title></book>
</catalog>"""
d = minidom.parseString(doc)
print(d.toprettyxml(indent="  "))
print(d.documentElement.tagName, [b.getAttribute("id") for b in d.getElementsByTagName("book")])
b = d.getElementsByTagName("book")[0]
print(b.getAttributeNS("urn:x", "lang"), b.attributes.item(1).namespaceURI if b.attributes.length > 1 else None)
print(d.doctype.name, d.doctype.entities.length)
print(minidom.parseString("<a><b>x</b></a>").toxml())

class H(xml.sax.handler.ContentHandler):
    def startDocument(self): print("startDocument")
    def endDocument(self): print("endDocument")
    def startElement(self, name, attrs): print("start", name, dict(attrs))
    def endElement(self, name): print("end", name)
    def characters(self, c):
        if c.strip(): print("chars", repr(c))
    def processingInstruction(self, t, d): print("pi", t, d)
    def startPrefixMapping(self, p, u): print("prefix", p, u)
xml.sax.parseString(doc.encode(), H())
class NS(xml.sax.handler.ContentHandler):
    def startElementNS(self, name, qname, attrs): print("startNS", name, qname, dict(attrs.items()))
    def endElementNS(self, name, qname): print("endNS", name, qname)
    def startPrefixMapping(self, p, u): print("prefix", p, u)
p = xml.sax.make_parser(); p.setFeature(xml.sax.handler.feature_namespaces, True); p.setContentHandler(NS())
p.parse(io.BytesIO(doc.encode()))
try:
    xml.sax.parseString(b"<a><b></a>", H())
except xml.sax.SAXParseException as e:
    print("SAXParseException", e, e.getLineNumber(), e.getColumnNumber())
out = io.StringIO(); g = xml.sax.saxutils.XMLGenerator(out); xml.sax.parseString(b"<r a='1'>t&amp;<e/></r>", g); print(out.getvalue())

pl = {"name": "x", "n": 3, "f": 1.5, "ok": True, "l": [1, "two", {"d": b"\x00\x01"}], "when": datetime.datetime(2020, 1, 2, 3, 4, 5)}
data = plistlib.dumps(pl)
print(data.decode())
print(plistlib.loads(data) == pl, plistlib.loads(data))
print(plistlib.loads(plistlib.dumps(pl, fmt=plistlib.FMT_BINARY)) == pl)
try:
    plistlib.loads(b'<?xml version="1.0"?><!DOCTYPE plist [<!ENTITY e "x">]><plist><string>&e;</string></plist>')
except Exception as e:
    print(type(e).__name__, e)

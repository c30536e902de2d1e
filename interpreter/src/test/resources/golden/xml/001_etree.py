import xml.etree.ElementTree as ET
import io
doc = """<?xml version="1.0"?>
<!DOCTYPE root PUBLIC "-//X//DTD Y//EN" "http://example.com/y.dtd">
<root xmlns="urn:a" xmlns:b="urn:b" attr="1">
  <!-- a comment -->
  <b:child b:x="2" y="&lt;3&gt;">text &amp; more&#33;<![CDATA[<raw>]]></b:child>
  <empty/>
  <?pi data?>
  tail
</root>
"""
root = ET.fromstring(doc)
print(root.tag, root.attrib, len(root))
for el in root.iter():
    print(repr(el.tag), el.attrib, repr(el.text), repr(el.tail))
print(ET.tostring(root, encoding="unicode"))
ET.register_namespace("bb", "urn:b")
print(ET.tostring(root))
for ev, el in ET.iterparse(io.BytesIO(doc.encode()), events=("start", "end", "start-ns", "end-ns", "comment", "pi")):
    print(ev, el if ev in ("start-ns", "end-ns") else el.tag if callable(el.tag) is False else el.tag.__name__)
p = ET.XMLPullParser(events=("start", "end"))
for i in range(0, len(doc), 7):
    p.feed(doc[i:i+7])
    for ev, el in p.read_events():
        print("pull", i, ev, el.tag)
p.close()
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
parser = ET.XMLParser(target=tb)
parser.feed(doc)
r2 = parser.close()
print(ET.tostring(r2, encoding="unicode"))
try:
    ET.fromstring("<a><b></a>")
except ET.ParseError as e:
    print("ParseError", e, e.code, e.position)
t = ET.ElementTree(ET.fromstring("<a><b>é</b></a>"))
buf = io.BytesIO(); t.write(buf, encoding="utf-8", xml_declaration=True); print(buf.getvalue())
print(ET.fromstring("<a>\u00e9\U0001F600</a>".encode("utf-8")).text)
print(ET.fromstring('<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9</a>'.encode("latin-1")).text)
print(ET.fromstring('<a>x</a>'.encode("utf-16")).text)
print(root.find("{urn:b}child").get("{urn:b}x"), [e.tag for e in root.findall(".//{urn:a}empty")])
ET.dump(ET.fromstring("<x><y z='1'/></x>"))
print(ET.canonicalize("<a b='1'   c='2'><c/></a>"))
class Target:
    # CPython's C XMLParser (_elementtree) calls data() per expat chunk, the Python one per run:
    # print the joined text only
    buf = []
    def flush(self):
        if self.buf: print("T data", repr("".join(self.buf))); self.buf.clear()
    def start(self, tag, attrib): self.flush(); print("T start", tag, attrib)
    def end(self, tag): self.flush(); print("T end", tag)
    def data(self, d): self.buf.append(d)
    def doctype(self, name, pubid, system): print("T doctype", name, pubid, system)
    def close(self): return "closed"
tp = ET.XMLParser(target=Target())
tp.feed(doc.encode("utf-8")[:50]); tp.feed(doc.encode("utf-8")[50:])
print(tp.close())
p = ET.XMLPullParser(events=("start", "end", "start-ns"))
data = "<r xmlns='urn:r'><s>\u00e9\u20ac</s></r>".encode("utf-8")
for i in range(len(data)):
    p.feed(data[i:i+1])
    for ev, el in p.read_events():
        print("byte pull", i, ev, el if ev == "start-ns" else (el.tag, el.text))
p.close()
for bad in ["<a>&unknown;</a>", "<a", "", "<a></a><b/>", "<a b='1' b='2'/>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print("ParseError", repr(bad), e, e.code, e.position)

import pyexpat
from xml.parsers import expat
print(expat.EXPAT_VERSION, expat.version_info, expat.native_encoding, expat.ErrorString(7), expat.errors.XML_ERROR_TAG_MISMATCH, expat.errors.codes["mismatched tag"])
print(expat.model.XML_CTYPE_SEQ, expat.ExpatError is expat.error, expat.ExpatError.__module__)
doc = '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<r xmlns:p="urn:p" p:a="1" b="2">\n  one\ntwo &amp; three &#x41;<p:c>é€😀</p:c><![CDATA[x\ny]]><!--c--><?t d?></r>\n'
def mk(buffer_text, ordered, ns=None, prefixes=False):
    p = expat.ParserCreate(None, ns)
    p.buffer_text = buffer_text
    p.ordered_attributes = ordered
    if ns: p.namespace_prefixes = prefixes
    def h(name):
        def f(*a):
            print(" ", name, a, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
        return f
    for n in ["StartElementHandler", "EndElementHandler", "CharacterDataHandler", "CommentHandler",
              "ProcessingInstructionHandler", "XmlDeclHandler", "StartNamespaceDeclHandler", "EndNamespaceDeclHandler",
              "StartCdataSectionHandler", "EndCdataSectionHandler"]:
        setattr(p, n, h(n))
    return p
for bt in (False, True):
    for ns in (None, "|"):
        print("buffer_text", bt, "ns", ns)
        p = mk(bt, bt, ns, prefixes=bt)
        data = doc.encode("utf-8")
        for i in range(0, len(data), 5):
            p.Parse(data[i:i+5], False)
        p.Parse(b"", True)
        print(p.buffer_text, p.buffer_size, p.buffer_used, p.ordered_attributes, p.specified_attributes, p.ErrorCode)
p = expat.ParserCreate()
p.StartElementHandler = lambda n, a: print("start", n, a)
print(p.StartElementHandler is not None, p.EndElementHandler)
p.Parse("<a x='1'/>", True)
try:
    p.Parse("<b/>", True)
except expat.ExpatError as e:
    print("again:", e, e.code)
p = expat.ParserCreate()
try:
    p.Parse(b"<a>\n  <b>\n</a>", True)
except expat.ExpatError as e:
    print(e, e.code, e.lineno, e.offset, p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex)
p = expat.ParserCreate()
def boom(n, a): raise ValueError("from handler " + n)
p.StartElementHandler = boom
try:
    p.Parse("<a/>", True)
except ValueError as e:
    print("ValueError", e)
try:
    expat.ParserCreate(namespace_separator="ab")
except ValueError as e:
    print(e)
try:
    p = expat.ParserCreate(); p.Foo = 1
except AttributeError as e:
    print("AttributeError")
p = expat.ParserCreate("iso-8859-1")
p.CharacterDataHandler = lambda d: print(repr(d))
p.Parse(b"<a>\xe9</a>", True)
p = expat.ParserCreate()
p.DefaultHandler = lambda d: print("default", repr(d))
p.Parse('<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY e "v">]>\n<a>&e;<!--c--></a>', True)
import io
p = expat.ParserCreate(); p.StartElementHandler = lambda n, a: print("file start", n)
print(p.ParseFile(io.BytesIO(b"<a><b/></a>")))
p = expat.ParserCreate(); p.buffer_text = True
p.CharacterDataHandler = lambda d: print("chunk", len(d))
p.buffer_size = 10
p.Parse("<a>" + "x" * 25 + "<b/>" + "y" * 5 + "</a>", True)

import pyexpat
cases = ["", "  ", "abc", "<a>", "<a", "<a b", "<a b='1'", "<a><b></a>", "<a/><b/>", "<a/>x", "<a b='1' b='2'/>",
 "<a>&foo;</a>", "<a>&#0;</a>", "<a>&#xD800;</a>", "<a>&amp</a>", "<a>&</a>", "<a>]]></a>", "<a b=1/>", "<a b='<'/>",
 "<a b='1'c='2'/>", "<a>\n<b>\n</c></a>", "<a><!-- x -- y --></a>", "<a><![CDATA[x</a>", "<?xml version='1.0'?>\n<a>\x01</a>",
 "<p:a/>", "<a xmlns:p='u'><p:b/></a>", "\n\n<a>", "<a></a>\n<!-- c -->\n<?pi x?>\n", " <?xml version='1.0'?><a/>",
 "<a>é&lt;</a", "<1a/>", "<a><b/></a></a>", "<!DOCTYPE a [<!ENTITY e 'v'>]><a>&e;</a>", "<!DOCTYPE a [<!ENTITY e '&e;'>]><a>&e;</a>",
 "<a b='&x;'/>", "<a>text", "<a></b>", "<?xml version='1.0' encoding='bogus'?><a/>", "<a>\r\n</a>x"]
for c in cases:
    for ns in (None, "}"):
        p = pyexpat.ParserCreate(None, ns)
        try:
            p.Parse(c, True); r = "ok"
        except pyexpat.ExpatError as e:
            r = "%s | code=%d lineno=%d offset=%d" % (e, e.code, e.lineno, e.offset)
        print(repr(c), ns, r)

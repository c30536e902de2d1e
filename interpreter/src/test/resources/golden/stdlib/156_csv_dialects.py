# csv over a Java _csv: reader and writer with the registered dialects, custom dialect classes,
# keyword overrides, Dialect validation, the registry, field_size_limit, DictReader/DictWriter
import csv
import io

rows = [["name", "qty", "note"], ["apple", 3, "red, round"], ["pear", 1.5, 'say "hi"'], ["", None, "line1\nline2"]]
for dialect in ["excel", "excel-tab", "unix"]:
    buf = io.StringIO()
    w = csv.writer(buf, dialect=dialect)
    for r in rows:
        w.writerow(r)
    text = buf.getvalue()
    print(dialect, repr(text))
    back = list(csv.reader(io.StringIO(text, newline=""), dialect))
    print(back)


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = False
    escapechar = "\\"
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    skipinitialspace = True


csv.register_dialect("semi", Semi)
print(sorted(csv.list_dialects()))
d = csv.get_dialect("semi")
print(type(d).__name__, d.delimiter, d.quotechar, d.escapechar, repr(d.lineterminator), d.quoting, d.doublequote,
      d.skipinitialspace, d.strict)
buf = io.StringIO()
csv.writer(buf, "semi").writerows([["a;b", "it's", "c\\d"], [1, 2, 3]])
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue()), "semi")))
print(list(csv.reader(["a;  b; 'c;d'"], "semi")))
csv.unregister_dialect("semi")
for bad in [lambda: csv.get_dialect("semi"), lambda: csv.unregister_dialect("nope")]:
    try:
        bad()
    except csv.Error as e:
        print("Error", e)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
buf = io.StringIO()
csv.writer(buf, "pipes").writerow(["x", 1, None])
print(repr(buf.getvalue()), csv.get_dialect("pipes").delimiter)
r = csv.reader(["a,b", "c,d"], delimiter=",")
print(next(r), r.line_num, next(r), r.line_num, r.dialect.delimiter)

for kw in [dict(delimiter=""), dict(delimiter=1), dict(quotechar=2), dict(quoting=9), dict(quoting="x"),
           dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(lineterminator=None), dict(escapechar="ab"),
           dict(lineterminator=5)]:
    try:
        csv.writer(io.StringIO(), **kw)
        print("ok", kw)
    except (TypeError, csv.Error) as e:
        print(type(e).__name__, e)


class Bad(csv.Dialect):
    delimiter = ",,"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


try:
    Bad()
except csv.Error as e:
    print("Error", e)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(["short,this field is far too long"]))
except csv.Error as e:
    print("Error", e)
csv.field_size_limit(131072)
buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=["a", "b"], restval="-")
dw.writeheader()
dw.writerows([{"a": 1, "b": 2}, {"a": 3}])
print(repr(buf.getvalue()))
for rec in csv.DictReader(io.StringIO(buf.getvalue())):
    print(rec)
print(list(csv.DictReader(io.StringIO("x,y\n1,2,3\n4\n"), restkey="more", restval="?")))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__, csv.Error.__module__)
print(issubclass(csv.Error, Exception), csv.excel.delimiter, csv.unix_dialect.quoting)

# csv quoting modes, escaping, doublequote, strict parsing and its errors, multi-line quoted fields,
# QUOTE_NONNUMERIC conversion, and the writer's edge cases
import csv
import io


def write(rows, **kw):
    buf = io.StringIO()
    w = csv.writer(buf, **kw)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


data = [["a", 1, 2.5, None, "", "x y", 'q"q', "c,d", "e\rf", True]]
for q in [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]:
    print(q, repr(write(data, quoting=q)))
print(repr(write([["a,b", 'q"', "n\nl"]], quoting=csv.QUOTE_NONE, escapechar="\\")))
try:
    write([["a,b"]], quoting=csv.QUOTE_NONE)
except csv.Error as e:
    print("Error", e)
print(repr(write([['q"q']], doublequote=False, escapechar="\\")))
try:
    write([['q"q']], doublequote=False)
except csv.Error as e:
    print("Error", e)
print(repr(write([[""]])), repr(write([[]])), repr(write([["", ""]])), repr(write([[None]])))
try:
    write([[""]], quoting=csv.QUOTE_NONE)
except csv.Error as e:
    print("Error", e)
try:
    write([5])
except csv.Error as e:
    print("Error", e)
print(repr(write([("t", "u")], lineterminator="!\n")), repr(write([["a!b"]], lineterminator="!")))
print(repr(write([iter(["g", "e", "n"])])))
print(csv.writer(io.StringIO()).writerow(["abc", "d"]))


def read(text, **kw):
    try:
        return list(csv.reader(io.StringIO(text, newline=""), **kw))
    except (csv.Error, ValueError) as e:
        return "%s: %s" % (type(e).__name__, e)


print(read('a,"b,c",d\r\n"multi\nline",x\n\n"end"'))
print(read('"a""b",c'), read('"a""b",c', doublequote=False))
print(read('a\\,b,c\\\nd', escapechar="\\"))
print(read('"ab"c,d'), read('"ab"c,d', strict=True))
print(read('"unterminated'), read('"unterminated', strict=True))
print(read("1,2.5,'x',-3e2", quoting=csv.QUOTE_NONNUMERIC, quotechar="'"))
print(read("1,abc", quoting=csv.QUOTE_NONNUMERIC))
print(read('a "b" c,d', quoting=csv.QUOTE_NONE))
print(read(" a,  b", skipinitialspace=True), read(" a,  b"))
print(list(csv.reader(["a,b\r", "c,d\r\n", "e"])))
print(read("a,b\r\nc", lineterminator="\n"))
try:
    list(csv.reader(["ab\ncd"]))
except csv.Error as e:
    print("Error", e)
try:
    list(csv.reader([b"bytes"]))
except csv.Error as e:
    print("Error", e)
print(list(csv.reader(['"a', 'b"', "c"])))
print(list(csv.reader(["\u00e9,\U0001f600,z"])))

# csv.Sniffer (CPython's pure Python, over re and the Java _csv): delimiter, quotechar, header
import csv
import io

samples = [
    "name,age,city\nalice,30,paris\nbob,25,rome\ncarol,41,oslo\n",
    "name;age;city\nalice;30;paris\nbob;25;rome\n",
    "'a'|'b'|'c'\n'1'|'2'|'3'\n'4'|'5'|'6'\n",
    'id\tvalue\n1\t"x y"\n2\t"z w"\n',
    '"x","y"\n"1","2"\n',
]
sniffer = csv.Sniffer()
for s in samples:
    try:
        d = sniffer.sniff(s)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, sniffer.has_header(s))
        print(list(csv.reader(io.StringIO(s), d))[:2])
    except csv.Error as e:
        print("Error", e)
print(repr(sniffer.sniff("a:b:c\n1:2:3\n", delimiters=":").delimiter))
try:
    sniffer.sniff("abc", delimiters=",")
except csv.Error as e:
    print("Error", e)

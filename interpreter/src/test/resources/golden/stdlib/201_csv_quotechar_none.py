# csv: quotechar=None without a dialect means QUOTE_NONE (with a dialect or quoting= it is an error),
# and list_dialects/field_size_limit refuse extra arguments, as _csv.c
import csv
print(list(csv.reader(['1,",3,",5'], quotechar=None, escapechar='\\')), csv.reader([], quotechar=None).dialect.quoting)
print(list(csv.reader(['1,",3,",5'])), csv.reader([]).dialect.quoting, repr(csv.reader([]).dialect.lineterminator))
class D(csv.excel):
    quoting = csv.QUOTE_ALL
for make in (lambda: csv.reader([], D, quotechar=None), lambda: csv.reader([], quotechar=None, quoting=csv.QUOTE_ALL),
             lambda: csv.reader([], dialect='excel', quotechar=None), lambda: csv.list_dialects(None),
             lambda: csv.field_size_limit(1, None)):
    try:
        print(make().dialect.quoting)
    except TypeError as e:
        print('TypeError', e)
print(sorted(csv.list_dialects()), csv.field_size_limit())

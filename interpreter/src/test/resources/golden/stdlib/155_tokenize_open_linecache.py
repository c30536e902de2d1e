# io.TextIOWrapper over a binary stream the program opened (tokenize.open), which linecache and the
# warnings printer use for real files
import io
import linecache
import os
import tokenize
import warnings

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "155_tokenize_open_linecache.tmp.py")
with open(path, "w", encoding="latin-1") as f:
    f.write("# -*- coding: latin-1 -*-\nx = 'caf\xe9'\n\ny = 2\n")
try:
    with tokenize.open(path) as t:
        print(t.encoding, t.mode, t.readlines())
    with open(path, "rb") as b:
        w = io.TextIOWrapper(b, encoding="latin-1")
        print(w.readline().rstrip(), w.read().split("\n"))
    print(repr(linecache.getline(path, 2)), repr(linecache.getline(path, 4)), repr(linecache.getline(path, 9)))
    print(len(linecache.getlines(path)))
    buf = io.BytesIO(b"one\r\ntwo\n")
    tw = io.TextIOWrapper(buf, encoding="ascii", newline=None)
    print(tw.readlines())
    print(warnings.formatwarning("msg", UserWarning, path, 2).rstrip())
finally:
    os.remove(path)

# _io's Python part: StringIO/BytesIO as TextIOBase/BufferedIOBase, IncrementalNewlineDecoder,
# BufferedRWPair, and every name CPython's io.py imports from _io.
import io, _io
s = io.StringIO("a\nb\n")
print(s.readline(), isinstance(s, io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), type(s).__name__)
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\rc")), repr(d.decode("", final=True)), d.newlines)
r, w = io.BytesIO(b"data"), io.BytesIO()
pair = io.BufferedRWPair(r, w)
print(pair.read(2), pair.write(b"xy"), pair.flush(), w.getvalue(), pair.readable(), pair.writable())
print(sorted(n for n in ("_IOBase", "_RawIOBase", "_BufferedIOBase", "_TextIOBase", "FileIO", "BytesIO", "StringIO", "BufferedRWPair", "IncrementalNewlineDecoder") if hasattr(_io, n)))

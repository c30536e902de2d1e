# modules that now come from CPython's own Lib/: int.from_bytes over any bytes-like, a namedtuple
# field's writable __doc__ (urllib.parse), a metaclass whose __call__ is a class (TypedDict),
# %d of an int subclass (http.HTTPStatus), and where each module is served from
import collections
import http
import os
import statistics
import typing
import urllib.parse

for name in ["logging", "traceback", "warnings", "contextlib", "struct", "typing", "statistics", "urllib.parse",
             "http.client", "csv"]:
    mod = __import__(name, fromlist=["_"])
    print(name, os.path.basename(mod.__file__))
print(int.from_bytes([1, 0]), int.from_bytes(bytearray(b"\x01\x02"), "little"), int.from_bytes(memoryview(b"\xff"), "big", signed=True))
print(int.from_bytes(iter([0, 0, 1]), "big"))
P = collections.namedtuple("P", "x y")
P.x.__doc__ = "the x"
print(P.x.__doc__, P(1, 2).x)
print(urllib.parse.urlsplit("http://h:8/p?q#f").port, urllib.parse.DefragResult.url.__doc__.split()[0])


class Movie(typing.TypedDict):
    title: str
    year: int


m = Movie(title="x", year=1)
print(type(m).__name__, m)
print("%d %s %r %x %5.1f" % (http.HTTPStatus.NOT_FOUND, http.HTTPStatus.OK, http.HTTPStatus.OK, http.HTTPStatus.OK, http.HTTPStatus.OK))
print(round(statistics.NormalDist(0, 1).cdf(1.0), 10), round(statistics.NormalDist(10, 2).cdf(7), 10))
print(statistics.fmean([1, 2, 3.5]), statistics.median([3, 1, 2]), round(statistics.stdev([1, 2, 3, 4]), 10))

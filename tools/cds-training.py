"""The program the ./gilspy launcher runs once to record its AppCDS archive (see the launcher).

A JVM archives the classes its run loaded, so this imports the standard library modules programs
commonly use and exercises the everyday paths (classes, exceptions, generators, formatting, regular
expressions, threads): a later script that imports them maps those classes from the archive instead
of loading, verifying and linking them from the jar (about 600 classes and their lambdas for
`import argparse, json, re, collections, os, logging, typing, dataclasses, enum, functools`).
A module that does not import here yet is skipped. It prints nothing, writes no file, starts no
process.
"""
import importlib

COMMON = """argparse json re collections os logging typing dataclasses enum functools itertools math random
datetime pathlib subprocess threading time io string textwrap copy heapq bisect struct hashlib base64
tempfile shutil glob fnmatch contextlib abc operator types weakref traceback warnings inspect pprint
statistics decimal fractions unittest csv queue signal socket select zlib gzip uuid locale codecs
difflib shlex getopt platform asyncio concurrent.futures urllib.parse html email xml.etree.ElementTree
pickle array calendar""".split()

for name in COMMON:
    try:
        importlib.import_module(name)
    except Exception:
        pass

import argparse, collections, dataclasses, enum, functools, io, json, logging, re, threading


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0


class Color(enum.Enum):
    RED = 1
    GREEN = 2


def gen(n):
    for i in range(n):
        yield i * i


def work():
    parser = argparse.ArgumentParser(prog="train")
    parser.add_argument("--n", type=int, default=3)
    args = parser.parse_args(["--n", "5"])
    data = {"a": [1, 2.5, None, True], "b": {"c": "d"}}
    text = json.dumps(data, indent=2, sort_keys=True)
    assert json.loads(text) == data
    m = re.compile(r"(\w+)-(\d+)").search("item-42 rest")
    words = collections.Counter("a b a c".split())
    out = io.StringIO()
    logging.basicConfig(stream=out, level=logging.INFO)
    logging.getLogger("train").info("n=%d %s", args.n, m.group(1))
    cached = functools.lru_cache(maxsize=None)(lambda v: v + 1)
    total = sum(gen(args.n)) + cached(1) + words["a"] + Point(1).x + Color.RED.value
    parts = [f"{i:>4}|{i / 3:.2f}|{hex(i)}" for i in range(10)]
    try:
        {}["missing"]
    except KeyError as e:
        parts.append(repr(e))
    "%s %d %r" % ("x", 1, parts[:1])
    sorted(set(parts), key=len, reverse=True)
    return total


t = threading.Thread(target=work)
t.start()
t.join()
work()

"""The table of precompiled regular expressions (run by gilspy at build time: the interpreter pom's
antrun step writes its output to target/classes/dev/gilspy/interp/modules/sre/precompiled-patterns.txt).

CPython compiles the patterns its library modules compile at import time (json, string, textwrap,
logging, tokenize, email, ...) in re._parser and re._compiler, in Python, in every process; on a cold
JVM that was about a sixth of the everyday import line. gilspy's `_sre.setup` (modules/sre/
SrePrecompiled) answers `re._compiler.compile(p, flags)` for the patterns in this table with the
SRE code that gilspy's own re._compiler gives them, computed here; `SrePrecompiledTest` runs this
script with --keys to recompute every entry and holds the table to it.

Modes:
  (no argument)  import the common library modules (tools/cds-training.py's list) and run
                 tools/cds-training.py, record each pattern re compiles meanwhile, print one line
                 per pattern
  --keys FILE    FILE holds lines `KIND FLAGS HEXPATTERN` (the first three fields of the table):
                 print the table line for each, in order
Line: KIND (s for str, b for bytes) FLAGS HEXPATTERN OUTFLAGS GROUPS GROUPINDEX CODE, space
separated; HEXPATTERN the pattern's UTF-8 (str) or bytes in hex, GROUPINDEX `-` or
`HEXNAME:INDEX,...` in the group dict's order, CODE the SRE code words, comma separated.
A pattern whose compile warns, or asks for DEBUG output, is left out (the table must be silent).
"""
import sys
import warnings
import re
from re import _parser, _compiler

COMMON = """argparse json re collections os logging typing dataclasses enum functools itertools math random
datetime pathlib subprocess threading time io string textwrap copy heapq bisect struct hashlib base64
tempfile shutil glob fnmatch contextlib abc operator types weakref traceback warnings inspect pprint
statistics decimal fractions unittest csv queue signal socket select zlib gzip uuid locale codecs
difflib shlex getopt platform asyncio concurrent.futures urllib.parse html email xml.etree.ElementTree
pickle array calendar tokenize ast dis http.client email.utils email.message configparser
""".split()

DEBUG = _compiler.SRE_FLAG_DEBUG


def line(p, flags):
    """The table line for pattern p (str or bytes) compiled with int flags, or None."""
    if flags & DEBUG:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            parsed = _parser.parse(p, flags)
            code = _compiler._code(parsed, flags)
        except Exception:
            return None
    state = parsed.state
    kind = "s" if isinstance(p, str) else "b"
    try:
        raw = p.encode("utf-8") if kind == "s" else bytes(p)  # lone surrogates: left out
    except UnicodeEncodeError:
        return None
    gi = ",".join("%s:%d" % (k.encode("utf-8").hex(), v) for k, v in state.groupdict.items()) or "-"
    return "%s %d %s %d %d %s %s" % (kind, flags, raw.hex(), flags | state.flags, state.groups - 1, gi,
                                     ",".join(str(int(c)) for c in code))


def record():
    seen = {}
    for key in list(re._cache):  # compiled before this script ran (warnings' filters: '__main__')
        if len(key) == 3 and key[0] in (str, bytes) and type(key[2]) is int:
            seen.setdefault((key[0].__name__, key[2], key[1]), None)
    real = _compiler.compile

    def recording(p, flags=0):
        if type(p) in (str, bytes) and type(flags) is int:
            seen.setdefault((type(p).__name__, flags, p), None)
        return real(p, flags)

    _compiler.compile = recording
    re.purge()
    import importlib
    for name in COMMON:
        try:
            importlib.import_module(name)
        except Exception:
            pass
    # and the everyday operations of the launcher's training program (argparse's help, formatting,
    # logging, ...): the patterns the library compiles on first use
    import os, runpy
    try:
        runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cds-training.py"))
    except BaseException:
        pass
    first_use()
    _compiler.compile = real
    out = []
    for (kind, flags, p) in seen:
        ln = line(p, flags)
        if ln is not None:
            out.append(ln)
    return out


def first_use():
    """Library patterns compiled on first use rather than at import: tokenize's (its big token pattern
    and the end pattern of each kind of string, compiled by the first tokenize: reindent, cleanfuture,
    pygettext, finddiv, inspect.getsource; ~35 ms of a cold JVM's thread CPU), the ones doctest and
    encodings.idna compile at import (neither is in COMMON), and the warning filter unittest's runner
    adds around a run."""
    import importlib, io
    for name in ("doctest", "encodings.idna"):
        try:
            importlib.import_module(name)
        except Exception:
            pass
    try:
        import tokenize
        src = "a = '''x\ny'''\nb = \"\"\"x\ny\"\"\"\nc = 'x\\\ny'\nd = \"x\\\ny\"\n"
        for _ in tokenize.generate_tokens(io.StringIO(src).readline):
            pass
    except Exception:
        pass
    try:
        import unittest
        unittest.TextTestRunner(stream=io.StringIO()).run(unittest.TestSuite())
    except Exception:
        pass


def from_keys(path):
    out = []
    with open(path) as f:
        for raw in f:
            kind, flags, hexp = raw.split()[:3]
            b = bytes.fromhex(hexp)
            out.append(line(b.decode("utf-8") if kind == "s" else b, int(flags)))
    return out


if __name__ == "__main__":
    lines = from_keys(sys.argv[2]) if sys.argv[1:2] == ["--keys"] else sorted(set(record()))
    for ln in lines:
        print(ln)

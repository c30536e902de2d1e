# Annotated assignment targets, the annotations mapping, and compile-time messages about them.
import sys, warnings

for src in ["(x,): int", "x, y: int", "def f():\n    (x, y): int = (1, 2)\n"]:
    try:
        compile(src, "<test>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg)

for src in ["def g(): [(yield x) for x in ()]", "def g(): {(yield x) for x in ()}",
            "def g(): {(yield x): x for x in ()}", "def g(): {x: (yield x) for x in ()}"]:
    try:
        compile(src, "<test>", "exec")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile('assert(x, "msg")', "<assert>", "exec")
    compile('assert x, "msg"', "<assert>", "exec")
    print([str(x.message) for x in w])

# a parenthesized name is not a simple target: it binds no local and is not recorded
def f2bad():
    (no_such_global): int
    print(no_such_global)
try:
    f2bad()
except Exception as e:
    print(type(e).__name__)

ns = {}
exec("X: int = 1\n(w): complex = 1j\n", ns)
print(ns["__annotations__"], ns["w"])

class CNS:
    def __init__(self):
        self._dct = {}
    def __setitem__(self, item, value):
        self._dct[item.lower()] = value
    def __getitem__(self, item):
        return self._dct[item]

class CMeta(type):
    @classmethod
    def __prepare__(metacls, name, bases, **kwds):
        return {"__annotations__": CNS()}

class CC(metaclass=CMeta):
    XX: "ANNOT"
print(CC.__annotations__["xx"])

import json
print(json.__annotations__, json.__annotations__ is json.__annotations__)

for src in ["def f():\n    from os import *\n", "class C:\n    from os import *\n", "if 1:\n    from os import *\n"]:
    try:
        compile(src, "<test>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)

# symtable over gilspy's _symtable (CPython 3.11's Python/symtable.c written over ast): blocks,
# scopes (local, global explicit/implicit, free, cell), parameters, nonlocal, class-private name
# mangling, comprehensions and the walrus, super's __class__, annotations, the SyntaxErrors.
import symtable

SRC = '''
import os.path as osp, sys
from collections import *
counter = 0

def outer(a, /, b, *args, c=1, **kw) -> int:
    global counter
    total = a + b
    def inner(x):
        nonlocal total
        total += x
        return total + len(args)
    squares = [n * n for n in args if (last := n)]
    return inner(c) + last

class Shape(Base, metaclass=Meta):
    sides: int = 0
    __secret = 1
    def area(self, __scale=2):
        return super().area() * self.__secret
    names = {k: v for k, v in zip("ab", range(2))}

adder = lambda p, q=counter: p + q
gen = (w for w in range(3) for _ in range(w))
match counter:
    case [first, *rest]: pass
    case {"k": val, **others}: pass
'''


def show(table, depth=0):
    pad = "  " * depth
    print("%s%s %r line %d nested=%s optimized=%s children=%s" % (
        pad, table.get_type(), table.get_name(), table.get_lineno(), table.is_nested(), table.is_optimized(),
        table.has_children()))
    if isinstance(table, symtable.Function):
        print(pad, " params", table.get_parameters(), "locals", table.get_locals())
        print(pad, " globals", table.get_globals(), "nonlocals", table.get_nonlocals(), "frees", table.get_frees())
    if isinstance(table, symtable.Class):
        print(pad, " methods", table.get_methods())
    for name in sorted(table.get_identifiers()):
        s = table.lookup(name)
        flags = [f for f in ("referenced", "imported", "parameter", "global", "nonlocal", "declared_global", "local",
                             "annotated", "free", "assigned", "namespace") if getattr(s, "is_" + f)()]
        print(pad, "   %-10s %s" % (name, " ".join(flags)))
    for child in table.get_children():
        show(child, depth + 1)


top = symtable.symtable(SRC, "example.py", "exec")
show(top)
print(top.lookup("outer").get_namespace().get_name(), len(top.lookup("Shape").get_namespaces()))
print(repr(symtable.symtable("x + y", "expr.py", "eval").get_identifiers()))
print(sorted(symtable.symtable("a = 1", "s.py", "single").get_identifiers()))

for bad in ("def f(a):\n    global a\n", "def f():\n    x = 1\n    global x\n", "nonlocal z\n",
            "def f():\n    nonlocal y\n", "def f(a, a): pass\n", "def f():\n    from os import *\n",
            "class C:\n    [(j := 1) for i in range(2)]\n", "[i for i in range(3) if (i := 0)]\n"):
    try:
        symtable.symtable(bad, "bad.py", "exec")
        print("no error")
    except SyntaxError as e:
        print("SyntaxError", e.msg)

# lib2to3: its grammar pickles load (built from Grammar.txt at build time), the fixers rewrite
# Python 2 source, lib2to3.main (the 2to3 command) rewrites a file in place, pytree walks a parse
import contextlib, io, os, tempfile, warnings
warnings.simplefilter("ignore", DeprecationWarning)
import lib2to3.main
from lib2to3 import refactor, pygram, pytree
from lib2to3.pgen2 import driver, token

SRC = '''\
import urllib2
d = {}
if d.has_key("a"):
    print "yes", d.keys()
try:
    x = raw_input()
except ValueError, e:
    raise TypeError, "bad"
for k, v in d.iteritems():
    print >>sys.stderr, k, unicode(v), long(3)
exec "x = 1"
f = lambda (a, b): a + b
print 0777, 10L, `x`
class C:
    __metaclass__ = type
    def next(self): return map(str, filter(None, xrange(3)))
'''
fixers = refactor.get_fixers_from_package("lib2to3.fixes")
print(len(fixers), fixers[:3])
tool = refactor.RefactoringTool(fixers)
print(tool.refactor_string(SRC, "<demo>"), end="")
print(refactor.RefactoringTool(["lib2to3.fixes.fix_print"]).refactor_string('print "a", 1\n', "<p>"), end="")

d = driver.Driver(pygram.python_grammar_no_print_statement, convert=pytree.convert)
tree = d.parse_string("def f(x, *, y=2):\n    return [i async for i in x] if y else {**x}\n")
print(repr(str(tree)))
print(type(tree).__name__, pygram.python_grammar.number2symbol[tree.type], len(tree.children))
for leaf in list(tree.leaves())[:8]:
    print(token.tok_name[leaf.type], repr(leaf.value), repr(leaf.prefix))
print(len(pygram.python_grammar.dfas), len(pygram.pattern_grammar.dfas))

# the 2to3 command: -w writes the file back (with a .bak unless -n), the diff goes to stdout
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "old.py")
    with open(path, "w") as f:
        f.write('def greet(name):\n    print "hello", name\n    return name.encode("hex") <> ""\n')
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = lib2to3.main.main("lib2to3.fixes", ["-w", "-n", path])
    print("exit", rc)
    print(out.getvalue().replace(tmp, "<TMP>"), end="")
    print(err.getvalue().replace(tmp, "<TMP>"), end="")
    with open(path) as f:
        print(f.read(), end="")
    print(sorted(os.listdir(tmp)))

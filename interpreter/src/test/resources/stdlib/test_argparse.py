import argparse
import sys

p = argparse.ArgumentParser(prog="bench", description="Run the benchmark with a long description that needs to wrap because it is longer than the terminal width of eighty columns.", epilog="Have fun.")
p.add_argument("script", help="script to run")
p.add_argument("extra", nargs="*", help="extra args")
p.add_argument("-t", "--threads", type=int, default=4, help="number of threads (default: %(default)s)")
p.add_argument("--interval", type=float, metavar="MS")
p.add_argument("--mode", choices=["on", "off", "legacy"], default="on", help="GIL mode: %(choices)s")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--fast", action="store_true", help="go fast")
p.add_argument("--tag", action="append", dest="tags")
p.add_argument("--a-very-long-option-name-here", help="long one with a help text that is long enough to need wrapping onto a second line")
g = p.add_argument_group("output", "Where the results go.")
g.add_argument("-o", "--out", default="-", help="output file")
p.print_help()
print(p.parse_args(["x.py", "a", "b", "-t", "8", "--fast", "-vv", "--tag", "x", "--tag=y", "--mode", "off"]))
print(p.parse_args(["x.py"]))
print(p.parse_args(["-t9", "--thr", "3", "--interval=2.5", "s.py", "--", "-x"]))
p.print_usage()
ns, rest = p.parse_known_args(["s", "--unknown", "-o", "file"])
print(ns.out, rest)

q = argparse.ArgumentParser(prog="tool")
q.add_argument("n", type=int)
q.add_argument("pair", nargs=2)
q.add_argument("rest", nargs="?", default="dflt")
q.add_argument("--scale", type=float, default="1.5")
q.add_argument("--flag", action="store_false")
q.add_argument("--const", action="store_const", const=42)
mx = q.add_mutually_exclusive_group()
mx.add_argument("--quiet", action="store_true")
mx.add_argument("--loud", action="store_true")
q.add_argument("--version", action="version", version="%(prog)s 1.0")
print(q.parse_args(["3", "a", "b"]))
print(q.parse_args(["-5", "a", "b", "c", "--flag", "--const"]) if False else q.parse_args(["5", "a", "b", "c", "--flag", "--const"]))
for bad in [[], ["x", "a", "b"], ["1", "a"], ["1", "a", "b", "--scale"], ["1", "a", "b", "--bogus", "z"],
            ["1", "a", "b", "--quiet", "--loud"], ["1", "a", "b", "--scale", "abc"]]:
    try:
        q.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
try:
    q.parse_args(["--version"])
except SystemExit as e:
    print("exit", e.code)
q.print_help()
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(a=1, b="x"), "a" in ns)
r = argparse.ArgumentParser(prog="r", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
r.add_argument("--workers", type=int, default=8, help="worker threads")
r.add_argument("--name", help="a name")
r.set_defaults(extra="value")
r.print_help()
print(r.parse_args([]), r.get_default("workers"))
try:
    q.parse_args(["-h"])
except SystemExit as e:
    print("exit", e.code)
# positionals are matched between options, chunk by chunk
c = argparse.ArgumentParser(prog="c")
c.add_argument("first")
c.add_argument("maybe", nargs="?")
c.add_argument("many", nargs="*")
c.add_argument("-x", action="store_true")
print(c.parse_known_args(["a", "-x", "b", "c"]))
print(c.parse_known_args(["a", "b", "c", "-x", "d"]))
print(c.parse_args(["-x", "a", "b", "c", "d"]))
e = argparse.ArgumentParser(prog="e")
e.add_argument("--items", nargs="+", type=int)
e.add_argument("--pair", nargs=2)
e.add_argument("--opt", nargs="?", const="C", default="D")
e.add_argument("tail", nargs="*")
print(e.parse_args(["--items", "1", "2", "--pair", "a", "b", "--opt"]))
print(e.parse_args(["--opt", "v", "t1", "t2"]))
print(e.parse_args(["t", "--items", "3"]))
for bad in [["--items"], ["--pair", "a"], ["--items", "x"]]:
    try:
        e.parse_args(bad)
    except SystemExit as err:
        print("exit", err.code)

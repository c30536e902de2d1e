# More than 20 nested loops/with/try, or 100 indentation levels: CPython's compile-time limits.
# The source is wrapped in "if 0:" so that exec only compiles it.
def report(src):
    src = "if 0:\n" + "".join(" " + line + "\n" for line in src.splitlines())
    try:
        exec(src, {})
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)


def nest(head, n):
    return "".join(" " * i + head + "\n" for i in range(n)) + " " * n + "pass\n"


report(nest("for x in y:", 20))
report(nest("for x in y:", 21))
report(nest("while x:", 21))
report(nest("with x:", 21))
report(nest("for x in y:", 15) + " " * 15 + "def f():\n" + "".join(" " * 16 + l + "\n" for l in nest("while x:", 15).splitlines()))
report(nest("if x:", 98))
report(nest("if x:", 99))
report(nest("if x:", 150))

# compile() raises what CPython's compiler raises after the grammar (and the grammar's own
# special messages), with the message and line; exec of the same source agrees.
import warnings

SOURCES = [
    "def foo():\n    await something()\n",
    "await x",
    "async def foo():\n    yield from []\n",
    "def f():\n    [x async for x in y]\n",
    "def f():\n    async with m:\n        pass\n",
    "break\n",
    "continue\n",
    "if 1:\n    try:\n        continue\n    except:\n        pass\n",
    "while 1:\n    def f():\n        break\n",
    "for x in y:\n    pass\nelse:\n    break\n",
    "class C:\n    for x in y:\n        pass\n    continue\n",
    "print 'hello'\n",
    "print foo\n",
    "exec 'x = 1'\n",
    "if 1:\n    print {1: 2}\n",
    "print {1:(foo.)}\n",
    "f(a=1, a=2)\n",
    "f(**k, b=1, b=2)\n",
    "f(1, x for x in y)\n",
    "f(x for x in y, 1)\n",
    "f(x for x in y,)\n",
]

for src in SOURCES:
    for how in ("compile", "exec"):
        try:
            if how == "compile":
                compile(src, "<test>", "exec")
            else:
                exec(src, {})
            print(how, "ok", repr(src))
        except SyntaxError as e:
            print(how, repr(src), "->", e.msg, e.lineno)
        except NameError as e:
            print(how, repr(src), "NameError")

# these are valid
for src in ["f(x for x in y)\n", "while 1:\n    try:\n        break\n    finally:\n        pass\n",
            "with (open('a') as f, open('b') as g):\n    pass\n", "x = 1if 1else 0\n", "y = 0xfor 1\n",
            "z = [0x1for x in ()]\n", "w = 1_0e1_0\n"]:
    compile(src, "<test>", "exec")
    print("valid", repr(src))

ns = {}
exec("x = 1if True else 2\ny = 0xfor 0\nw = 1_0e1_0\nz = [1for q in 'ab']", ns)
print(ns["x"], ns["y"], ns["w"], ns["z"])

# 'with (a, b):' is two context managers, not a tuple
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, *exc):
        print("exit", self.n)

with (CM(1), CM(2)):
    print("body")
with (
    CM(3),
    CM(4) as four,
):
    print("body", four.n)

# compile-time SyntaxWarnings go through the warnings module; as errors they are SyntaxErrors
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("x is 1\n", "<warn>", "exec")
    print([(str(x.message), x.category.__name__, x.filename, x.lineno) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("x is 1\n", "<warn>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)

class Spam:
    def f(self, *, __kw: 1):
        pass
print(Spam.f.__annotations__)

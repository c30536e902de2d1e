# CPython's messages for brackets never closed, closed by the wrong kind, or closed but never opened
cases = [
    "print(1,\n  2\n",
    "x = [1,\n2\n",
    "x = {1:\n2\ny = 3\n",
    "x = (1 + 2\nprint(x)\n",
    "x = (1,\n  [2,\n   3]\n",
    "x = (1 +* 2\n",
    "x = foo(a, b]\n",
    "x = [1, 2\n  )\n",
    "x = 1)\n",
    "x = [1, 2\n  ]]\n",
    "def f(:\n  pass\n",
    "f(a for a in b\n",
    "if (a:\n  pass\n",
]
for src in cases:
    try:
        exec(src, {})
        print("ok")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)

# Bracket nesting past CPython's tokenizer limit (200) is a SyntaxError naming where it happens.
def report(src):
    try:
        exec(src, {"x": 1})
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)


report("(" * 200 + "x" + ")" * 200)
report("(" * 201 + "x" + ")" * 201)
report("[" * 201 + "]" * 201)
report("{" * 300)
report("y = 1\nz = " + "(" * 150 + "\n" + "[" * 60 + "\n")
report("(" * 100000 + ")" * 100000)
report("x = " + "-" * 500 + "x")
report("x = " + "not " * 500 + "x")
report("f = " + "lambda: " * 100 + "1")

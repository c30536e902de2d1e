# Where a SyntaxError in a number literal points, as CPython's tokenizer says it: compile() (the
# ast parser first), exec() (the pipeline's lexer) and eval() (its source wrapped in an assignment).
cases = ["x = 0xI", "(0x+1)", "0010 + 2", "x = 32e-+4", "x = 0o9", "x = 0b102", "0b_", "1__0",
         "x = 1_", "1.5_", "1e", "1.5ej", "12abc", "0x1g", "\u03b1 = 0xI", "y = 1\nz = 0o78\n",
         "0777", "0_7", "5j2"]
for src in cases:
    for how in ("compile", "exec"):
        try:
            if how == "compile":
                compile(src, "<fragment>", "exec")
            else:
                exec(src, {})
            print(how, repr(src), "ok")
        except SyntaxError as e:
            print(how, repr(src), e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
        except Exception as e:
            print(how, repr(src), type(e).__name__)
for src in ["'abc\\U1234'", "0xI", "1 +\n", "  1 + 0o8", "(1, 2\n", "x y", "[1, (2,\n 3"]:
    try:
        eval(src)
    except SyntaxError as e:
        print("eval", repr(src), e.msg, (e.lineno, e.offset), repr(e.text.rstrip("\n")))

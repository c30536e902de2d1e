# The message and position of an invalid assignment target, by where it stands: the first target of
# '=' (CPython's invalid_named_expression: "... here. Maybe you meant '==' ...?" unless it is a
# lambda, a comparison, None, ...), a for/with/comprehension target, a later '=' target, del.
cases = ["for 1 in []: pass", "[file for str(file) in []\n]", "[file for\n str(file) in []]",
         "[\nfile\nfor str(file)\nin\n[]\n]", "lambda x: x = 2", "f() = 1", "1 = 2", "None = 1",
         "True = 1", "a < b = 1", "x if y else z = 1", "not x = 1", "-x = 1", "{} = 1", "{1} = 1",
         "f'{x}' = 1", "... = 1", "[x for x in y] = 1", "(x for x in y) = 1", "del f()", "del 1",
         "with a as 1: pass", "with a as f(): pass", "[x for 1 in y]",
         "async def g():\n    async for 1 in y: pass",
         "for x, y in z: pass", "del a, b[0], c.d"]
for src in cases:
    for how in ("compile", "exec"):
        try:
            if how == "compile":
                compile(src, "<fragment>", "exec")
            else:
                exec(src, {})
            print(how, repr(src), "ok")
        except SyntaxError as e:
            print(how, repr(src), e.msg, (e.lineno, e.offset))
        except Exception as e:
            print(how, repr(src), type(e).__name__)

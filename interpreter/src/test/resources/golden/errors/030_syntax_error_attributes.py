# SyntaxError's attributes (None when unknown; from the position tuple; from the compiler, end included) and its str.
e = SyntaxError("x")
print([getattr(e, a, "MISSING") for a in ("msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset")])
try:
    compile("a = (1,\n 2 +)", "f.py", "exec")
except SyntaxError as e:
    print(e.lineno, e.end_lineno is not None, e.end_offset is not None)
for args in [("m",), ("m", ("dir/f.py", 3, 1, "t")), ()]:
    print(str(SyntaxError(*args)))
try:
    compile("x = = 1", "/some/dir/g.py", "exec")
except SyntaxError as e:
    print(str(e), e.filename, e.lineno, e.end_lineno, e.print_file_and_line)

# float has no bitwise operators: the TypeError names each operand's own type (a mixed int/float pair
# said 'float' and 'float'); a \U escape past 0x7fffffff is a SyntaxError, not an internal error
for a, b in [(22, 1.5), (1.5, 2), (2.0, 1.5), (True, 0.5), (22, "x")]:
    for op in (">>", "<<", "&", "|", "^", "@"):
        try:
            eval(f"a {op} b")
        except TypeError as e:
            print(op, e)
for src in ["'\\Ufffffffe'", "'\\U80000000'", "'\\U00110000'", "'\\U0001F600'", "'\\U0010ffff'"]:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

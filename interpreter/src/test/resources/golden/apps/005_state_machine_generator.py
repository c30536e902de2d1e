def tokenizer(text):
    num = ""
    for ch in text + " ":
        if ch.isdigit():
            num += ch
            continue
        if num:
            yield ("NUM", int(num))
            num = ""
        if ch in "+-*/()":
            yield ("OP", ch)
def parse(tokens):
    tokens = list(tokens)
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else (None, None)
    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def expr():
        v = term()
        while peek()[1] in ("+", "-"):
            op = take()[1]
            v = v + term() if op == "+" else v - term()
        return v
    def term():
        v = factor()
        while peek()[1] in ("*", "/"):
            op = take()[1]
            v = v * factor() if op == "*" else v // factor()
        return v
    def factor():
        kind, val = take()
        if val == "(":
            v = expr()
            take()
            return v
        return val
    return expr()
for src in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 - 2", "2 * (3 + 4) * 5"]:
    print(f"{src:>16} = {parse(tokenizer(src))}")

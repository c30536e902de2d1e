# Prints ast.dump(ast.parse(source), include_attributes=True) of every file named on stdin, one
# block a file; AstParityTest runs it under gilspy and under python3 and compares the blocks.
import ast
import sys

for line in sys.stdin.read().splitlines():
    path = line.strip()
    if not path:
        continue
    print("=== " + path)
    with open(path, "rb") as f:
        source = f.read()
    try:
        print(ast.dump(ast.parse(source, path), include_attributes=True))
    except SyntaxError as e:
        print("SyntaxError", e.lineno)

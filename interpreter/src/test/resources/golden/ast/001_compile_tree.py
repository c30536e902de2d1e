# compile() of an _ast tree: a NodeTransformer rewrites the tree, the code runs, and a traceback
# names the tree's line numbers.
import ast
import traceback

src = """
def add(a, b):
    return a + b

print(add(2, 3))
x = [i * 2 for i in range(4)]
print(x)
"""

class SwapAdd(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            node.op = ast.Mult()
        return node

tree = ast.parse(src)
tree = ast.fix_missing_locations(SwapAdd().visit(tree))
code = compile(tree, "<tree>", "exec")
ns = {}
exec(code, ns)
print(sorted(k for k in ns if not k.startswith("__")))

expr = ast.Expression(body=ast.BinOp(left=ast.Constant(6), op=ast.Mult(), right=ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(expr), "<expr>", "eval")))

bad = ast.parse("a = 1\n\n\nb = 1 / 0\n")
try:
    exec(compile(bad, "<bad>", "exec"), {})
except ZeroDivisionError:
    tb = traceback.extract_tb(__import__("sys").exc_info()[2])
    print("line", tb[-1].lineno)

print(type(compile("1 + 1", "<s>", "eval")).__name__, eval(compile("1 + 1", "<s>", "eval")))
print(compile("x = 1", "<s>", "exec", ast.PyCF_ONLY_AST).__class__.__name__)
try:
    compile("def f(:\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.lineno)

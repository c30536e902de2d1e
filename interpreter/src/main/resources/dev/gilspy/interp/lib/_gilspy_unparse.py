"""An _ast tree back to source with each statement on its own line number (compile() of a tree).

ast.unparse's writer, padded with blank lines so that a statement whose tree says line N starts
on line N whenever the statements before it leave room: tracebacks keep the tree's line numbers.
"""
import ast


class _LineUnparser(ast._Unparser):
    def __init__(self):
        super().__init__()
        self._newlines = 0
        self._want = None

    def write(self, *text):
        for t in text:
            self._newlines += t.count("\n")
        self._source.extend(text)

    def traverse(self, node):
        if isinstance(node, ast.stmt):
            want = getattr(node, "lineno", None)
            for d in getattr(node, "decorator_list", ()):
                dl = getattr(d, "lineno", None)
                if dl is not None and want is not None and dl - 1 < want:
                    want = dl - 1
            self._want = want
        super().traverse(node)

    def maybe_newline(self):
        pass

    def fill(self, text=""):
        want = self._want
        self._want = None
        if self._source:
            nxt = self._newlines + 2
            self.write("\n")
        else:
            nxt = 1
        if want is not None and want > nxt:
            self.write("\n" * (want - nxt))
        self.write("    " * self._indent + text)


def source(tree, mode):
    if isinstance(tree, ast.Expression):
        if mode != "eval":
            raise TypeError(f"expected Module node, got Expression")
        return ast.unparse(tree.body)
    if mode == "eval":
        raise TypeError(f"expected Expression node, got {type(tree).__name__}")
    if isinstance(tree, (ast.Module, ast.Interactive)):
        u = _LineUnparser()
        text = u.visit(tree)
        if isinstance(tree, ast.Interactive):
            lines = []
            for st in tree.body:
                if isinstance(st, ast.Expr):
                    st = ast.Expr(ast.Call(ast.Attribute(ast.Call(ast.Name("__import__", ast.Load()),
                            [ast.Constant("sys")], []), "displayhook", ast.Load()), [st.value], []))
                lines.append(ast.unparse(st))
            text = "\n".join(lines)
        return text + "\n"
    raise TypeError(f"expected Module node, got {type(tree).__name__}")

# ast.literal_eval, ast.unparse, get_source_segment, increment_lineno, walk and dump.
import ast

print(ast.literal_eval("{'a': [1, 2.5, -3, (4, 5j)], 'b': {1, 2}, 'c': None, 'd': b'x'}"))
print(ast.literal_eval("  -1 + 2j"))
try:
    ast.literal_eval("__import__('os')")
except ValueError as e:
    print("ValueError", str(e).split(":")[0])

src = '''
@decorator(1)
class C(Base, metaclass=Meta):
    """Doc."""
    x: int = 3
    async def m(self, a, /, b=2, *args, c, d=4, **kw) -> "C":
        async with lock as l, other:
            await thing
        return [y async for y in gen() if y]
    def g(self):
        global q
        yield from range(3)
        lam = lambda x, *, k=1: (x, k)
        print(f"{self!r:>{10}} {q=}", *args, **kw)
        del self.x[1:2, ::3]
        try:
            pass
        except* ValueError as e:
            raise RuntimeError("x") from e
match point:
    case Point(x=0, y=yy) if yy > 0:
        pass
    case [1, 2, *rest] | {"k": _, **others}:
        pass
    case _:
        pass
'''
tree = ast.parse(src)
print(ast.unparse(tree))
cls = tree.body[0]
print(ast.get_source_segment(src, cls.body[1]))
print(ast.get_source_segment(src, cls.decorator_list[0]))
ast.increment_lineno(tree, 10)
print(cls.lineno, cls.body[2].body[0].lineno)
print(sorted({type(n).__name__ for n in ast.walk(tree)})[:12])
print(ast.dump(ast.parse("x = (1, 'a')\nf(*a, k=v)"), include_attributes=True))
print(ast.dump(ast.parse("(a, b) -> c", mode="func_type")))
print(ast.dump(ast.parse("1 if x else y", mode="eval"), indent=2))
n = ast.Name("x", ast.Load())
print(n.id, n._fields, ast.Constant.__match_args__, ast.Constant(1).kind)
import copy, pickle
print(ast.dump(copy.deepcopy(tree.body[1].cases[0].pattern)))
print(ast.dump(pickle.loads(pickle.dumps(ast.parse("a.b[c]")))))

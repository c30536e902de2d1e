"""_symtable for gilspy: CPython 3.11's Python/symtable.c written over the ast module, for
CPython's own symtable.py.

symtable(source, filename, compile_type) parses the source (ast.parse) and builds the blocks as
symtable.c does: a first pass records each name's flags per block (DEF_LOCAL, DEF_PARAM, USE,
DEF_GLOBAL, DEF_NONLOCAL, DEF_IMPORT, DEF_ANNOT, DEF_COMP_ITER), in symtable.c's visiting order
(defaults, annotations and decorators in the enclosing block; the outermost iterable of a
comprehension too; under `from __future__ import annotations` annotations go to a block of their own
that, as in CPython 3.11, is nobody's child); the second
pass (analyze_block, analyze_name, analyze_cells, drop_class_free, update_symbols) gives each name
its scope (LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL) and propagates free variables up.
Entries have CPython's attributes: type, id, name, lineno, nested, children, symbols, varnames.
"""
import ast as _ast

DEF_GLOBAL = 1
DEF_LOCAL = 2
DEF_PARAM = 4
DEF_NONLOCAL = 8
USE = 16
DEF_FREE = 32
DEF_FREE_CLASS = 64
DEF_IMPORT = 128
DEF_ANNOT = 256
DEF_COMP_ITER = 512
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT
SCOPE_OFF = 11
SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL
LOCAL = 1
GLOBAL_EXPLICIT = 2
GLOBAL_IMPLICIT = 3
FREE = 4
CELL = 5
TYPE_FUNCTION = 0
TYPE_CLASS = 1
TYPE_MODULE = 2
_TYPE_ANNOTATION = 3

_COMPREHENSIONS = {_ast.ListComp: 'listcomp', _ast.SetComp: 'setcomp', _ast.DictComp: 'dictcomp',
                   _ast.GeneratorExp: 'genexpr'}


class _Entry:
    """A block: CPython's PySTEntryObject."""

    def __init__(self, name, type, lineno, parent):
        self.name = name
        self.type = type
        self.lineno = lineno
        self.id = id(self)
        self.symbols = {}
        self.varnames = []
        self.children = []
        self.nested = 1 if parent is not None and (parent.nested or parent.type == TYPE_FUNCTION) else 0
        self._comprehension = False
        self._comp_iter_target = False
        self._comp_iter_expr = 0
        self._free = False
        self._child_free = False

    def __repr__(self):
        return '<symtable entry %s(%d), line %d>' % (self.name, self.id, self.lineno)


_Entry.__name__ = _Entry.__qualname__ = 'symtable entry'


def _mangle(private, name):
    if private is None or not name.startswith('__') or name.endswith('__') or '.' in name:
        return name
    stripped = private.lstrip('_')
    return '_' + stripped + name if stripped else name


class _Builder(_ast.NodeVisitor):
    def __init__(self, filename, future_annotations):
        self.filename = filename
        self.future_annotations = future_annotations
        self.stack = []
        self.private = None
        self.top = None

    def error(self, msg, node):
        raise SyntaxError(msg, (self.filename, getattr(node, 'lineno', 0), getattr(node, 'col_offset', -1) + 1,
                                None))

    @property
    def cur(self):
        return self.stack[-1]

    def enter(self, name, type, lineno):
        parent = self.stack[-1] if self.stack else None
        e = _Entry(name, type, lineno, parent)
        if type == _TYPE_ANNOTATION:
            pass  # CPython 3.11 lists no annotation block among the children
        elif parent is not None:
            parent.children.append(e)
        else:
            self.top = e
        self.stack.append(e)
        return e

    def exit(self):
        self.stack.pop()

    def add_def(self, name, flag, node, entry=None):
        ste = entry or self.cur
        name = _mangle(self.private, name)
        val = ste.symbols.get(name, 0)
        if flag & DEF_PARAM and val & DEF_PARAM:
            self.error("duplicate argument '%s' in function definition" % name, node)
        val |= flag
        if ste._comp_iter_target:
            if val & (DEF_GLOBAL | DEF_NONLOCAL):
                self.error("comprehension inner loop cannot rebind assignment expression target '%s'" % name,
                           node)
            val |= DEF_COMP_ITER
        ste.symbols[name] = val
        if flag & DEF_PARAM:
            ste.varnames.append(name)
        elif flag & DEF_GLOBAL:
            self.top.symbols[name] = self.top.symbols.get(name, 0) | flag

    def visit_all(self, nodes):
        for n in nodes:
            if n is not None:
                self.visit(n)

    # ---- blocks
    def visit_Module(self, node):
        self.visit_all(node.body)

    def visit_Interactive(self, node):
        self.visit_all(node.body)

    def visit_Expression(self, node):
        self.visit(node.body)

    def annotation(self, node):
        if self.future_annotations:
            self.enter('_annotation', _TYPE_ANNOTATION, node.lineno)
            self.visit(node)
            self.exit()
        else:
            self.visit(node)

    def arg_annotations(self, args):
        for a in args:
            if a.annotation is not None:
                self.visit(a.annotation)

    def annotations(self, node, args, returns):
        if self.future_annotations:
            self.enter('_annotation', _TYPE_ANNOTATION, node.lineno)
        self.arg_annotations(args.posonlyargs)
        self.arg_annotations(args.args)
        if args.vararg is not None and args.vararg.annotation is not None:
            self.visit(args.vararg.annotation)
        if args.kwarg is not None and args.kwarg.annotation is not None:
            self.visit(args.kwarg.annotation)
        self.arg_annotations(args.kwonlyargs)
        if self.future_annotations:
            self.exit()
        if returns is not None:
            self.annotation(returns)

    def params(self, args):
        for a in args.posonlyargs + args.args + args.kwonlyargs:
            self.add_def(a.arg, DEF_PARAM, a)
        if args.vararg is not None:
            self.add_def(args.vararg.arg, DEF_PARAM, args.vararg)
        if args.kwarg is not None:
            self.add_def(args.kwarg.arg, DEF_PARAM, args.kwarg)

    def visit_FunctionDef(self, node):
        self.add_def(node.name, DEF_LOCAL, node)
        self.visit_all(node.args.defaults)
        self.visit_all(node.args.kw_defaults)
        self.annotations(node, node.args, node.returns)
        self.visit_all(node.decorator_list)
        self.enter(node.name, TYPE_FUNCTION, node.lineno)
        self.params(node.args)
        self.visit_all(node.body)
        self.exit()

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node):
        self.add_def(node.name, DEF_LOCAL, node)
        self.visit_all(node.bases)
        self.visit_all(node.keywords)
        self.visit_all(node.decorator_list)
        self.enter(node.name, TYPE_CLASS, node.lineno)
        saved, self.private = self.private, node.name
        self.visit_all(node.body)
        self.private = saved
        self.exit()

    def visit_Lambda(self, node):
        self.visit_all(node.args.defaults)
        self.visit_all(node.args.kw_defaults)
        self.enter('lambda', TYPE_FUNCTION, node.lineno)
        self.params(node.args)
        self.visit(node.body)
        self.exit()

    def comprehension(self, node, elt, value=None):
        outermost = node.generators[0]
        self.cur._comp_iter_expr += 1
        self.visit(outermost.iter)
        self.cur._comp_iter_expr -= 1
        e = self.enter(_COMPREHENSIONS[type(node)], TYPE_FUNCTION, node.lineno)
        e._comprehension = True
        self.add_def('.0', DEF_PARAM, node)
        e._comp_iter_target = True
        self.visit(outermost.target)
        e._comp_iter_target = False
        self.visit_all(outermost.ifs)
        for gen in node.generators[1:]:
            e._comp_iter_target = True
            self.visit(gen.target)
            e._comp_iter_target = False
            e._comp_iter_expr += 1
            self.visit(gen.iter)
            e._comp_iter_expr -= 1
            self.visit_all(gen.ifs)
        if value is not None:
            self.visit(value)
        self.visit(elt)
        self.exit()

    def visit_ListComp(self, node):
        self.comprehension(node, node.elt)

    visit_SetComp = visit_GeneratorExp = visit_ListComp

    def visit_DictComp(self, node):
        self.comprehension(node, node.key, node.value)

    # ---- statements with names
    def visit_Global(self, node):
        self.directive(node, DEF_GLOBAL, 'global')

    def visit_Nonlocal(self, node):
        self.directive(node, DEF_NONLOCAL, 'nonlocal')

    def directive(self, node, flag, word):
        for name in node.names:
            cur = self.cur.symbols.get(_mangle(self.private, name), 0)
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT):
                if cur & DEF_PARAM:
                    msg = "name '%s' is parameter and " + word
                elif cur & USE:
                    msg = "name '%s' is used prior to " + word + " declaration"
                elif cur & DEF_ANNOT:
                    msg = "annotated name '%s' can't be " + word
                else:
                    msg = "name '%s' is assigned to before " + word + " declaration"
                self.error(msg % name, node)
            self.add_def(name, flag, node)

    def visit_Import(self, node):
        for a in node.names:
            name = a.asname or a.name
            if name == '*':
                if self.cur.type != TYPE_MODULE:
                    self.error('import * only allowed at module level', node)
                continue
            self.add_def(name.split('.')[0], DEF_IMPORT, node)

    visit_ImportFrom = visit_Import

    def visit_AnnAssign(self, node):
        t = node.target
        if isinstance(t, _ast.Name):
            cur = self.cur.symbols.get(_mangle(self.private, t.id), 0)
            if cur & (DEF_GLOBAL | DEF_NONLOCAL) and self.cur is not self.top and node.simple:
                self.error("annotated name '%s' can't be %s" % (t.id, 'global' if cur & DEF_GLOBAL else 'nonlocal'),
                           node)
            if node.simple:
                self.add_def(t.id, DEF_ANNOT | DEF_LOCAL, t)
            elif node.value is not None:
                self.add_def(t.id, DEF_LOCAL, t)
        else:
            self.visit(t)
        self.annotation(node.annotation)
        if node.value is not None:
            self.visit(node.value)

    def visit_Try(self, node):  # symtable.c's order: body, else, handlers, finally
        self.visit_all(node.body)
        self.visit_all(node.orelse)
        self.visit_all(node.handlers)
        self.visit_all(node.finalbody)

    visit_TryStar = visit_Try

    def visit_ExceptHandler(self, node):
        if node.type is not None:
            self.visit(node.type)
        if node.name is not None:
            self.add_def(node.name, DEF_LOCAL, node)
        self.visit_all(node.body)

    def visit_MatchAs(self, node):
        if node.pattern is not None:
            self.visit(node.pattern)
        if node.name is not None:
            self.add_def(node.name, DEF_LOCAL, node)

    def visit_MatchStar(self, node):
        if node.name is not None:
            self.add_def(node.name, DEF_LOCAL, node)

    def visit_MatchMapping(self, node):
        self.visit_all(node.keys)
        self.visit_all(node.patterns)
        if node.rest is not None:
            self.add_def(node.rest, DEF_LOCAL, node)

    # ---- expressions with names
    def visit_Name(self, node):
        self.add_def(node.id, USE if isinstance(node.ctx, _ast.Load) else DEF_LOCAL, node)
        if isinstance(node.ctx, _ast.Load) and self.cur.type == TYPE_FUNCTION and node.id == 'super':
            self.add_def('__class__', USE, node)

    def visit_NamedExpr(self, node):
        if self.cur.type == _TYPE_ANNOTATION:
            self.error('named expression cannot be used within an annotation', node)
        if self.cur._comp_iter_expr > 0:
            self.error('assignment expression cannot be used in a comprehension iterable expression', node)
        if self.cur._comprehension:
            self.extend_namedexpr_scope(node.target)
        self.visit(node.value)
        self.visit(node.target)

    def extend_namedexpr_scope(self, target):
        name = target.id
        for ste in reversed(self.stack):
            if ste._comprehension:
                if ste.symbols.get(name, 0) & DEF_COMP_ITER:
                    self.error("assignment expression cannot rebind comprehension iteration variable '%s'" % name,
                               target)
                continue
            if ste.type == TYPE_FUNCTION:
                self.add_def(name, DEF_GLOBAL if ste.symbols.get(name, 0) & DEF_GLOBAL else DEF_NONLOCAL, target)
                self.add_def(name, DEF_LOCAL, target, ste)
                return
            if ste.type == TYPE_MODULE:
                self.add_def(name, DEF_GLOBAL, target)
                self.add_def(name, DEF_GLOBAL, target, ste)
                return
            if ste.type == TYPE_CLASS:
                self.error('assignment expression within a comprehension cannot be used in a class body', target)
            return


def _analyze_name(ste, scopes, name, flags, bound, local, free, global_):
    if flags & DEF_GLOBAL:
        if flags & DEF_NONLOCAL:
            raise SyntaxError("name '%s' is nonlocal and global" % name)
        scopes[name] = GLOBAL_EXPLICIT
        global_.add(name)
        if bound is not None:
            bound.discard(name)
        return
    if flags & DEF_NONLOCAL:
        if bound is None:
            raise SyntaxError('nonlocal declaration not allowed at module level')
        if name not in bound:
            raise SyntaxError("no binding for nonlocal '%s' found" % name)
        scopes[name] = FREE
        ste._free = True
        free.add(name)
        return
    if flags & DEF_BOUND:
        scopes[name] = LOCAL
        local.add(name)
        global_.discard(name)
        return
    if bound is not None and name in bound:
        scopes[name] = FREE
        ste._free = True
        free.add(name)
        return
    if name in global_:
        scopes[name] = GLOBAL_IMPLICIT
        return
    if ste.nested:
        ste._free = True
    scopes[name] = GLOBAL_IMPLICIT


def _analyze_block(ste, bound, free, global_):
    local = set()
    scopes = {}
    newglobal = set()
    newfree = set()
    newbound = set()
    if ste.type == TYPE_CLASS:
        newglobal |= global_
        if bound is not None:
            newbound |= bound
    for name, flags in ste.symbols.items():
        _analyze_name(ste, scopes, name, flags, bound, local, free, global_)
    if ste.type != TYPE_CLASS:
        if ste.type == TYPE_FUNCTION:
            newbound |= local
        if bound is not None:
            newbound |= bound
        newglobal |= global_
    else:
        newbound.add('__class__')
    allfree = set()
    for child in ste.children:
        temp_free = set(newfree)
        _analyze_block(child, set(newbound), temp_free, set(newglobal))
        allfree |= temp_free
        if child._free or child._child_free:
            ste._child_free = True
    newfree |= allfree
    if ste.type == TYPE_FUNCTION:
        for name, scope in list(scopes.items()):
            if scope == LOCAL and name in newfree:
                scopes[name] = CELL
                newfree.discard(name)
    elif ste.type == TYPE_CLASS:
        newfree.discard('__class__')
    for name, flags in list(ste.symbols.items()):
        ste.symbols[name] = flags | (scopes[name] << SCOPE_OFF)
    for name in newfree:
        v = ste.symbols.get(name)
        if v is not None:
            if ste.type == TYPE_CLASS and v & (DEF_BOUND | DEF_GLOBAL):
                ste.symbols[name] = v | DEF_FREE_CLASS
            continue
        if bound is not None and name not in bound:
            continue
        ste.symbols[name] = FREE << SCOPE_OFF
    free |= newfree


def symtable(source, filename, startstr):
    """Return the symbol table of the source: CPython's _symtable.symtable."""
    if startstr not in ('exec', 'eval', 'single'):
        raise ValueError("symtable() arg 3 must be 'exec' or 'eval' or 'single'")
    if isinstance(filename, bytes):
        filename = filename.decode()
    tree = compile(source, filename, startstr, _ast.PyCF_ONLY_AST, dont_inherit=True)
    body = tree.body if isinstance(tree, (_ast.Module, _ast.Interactive)) else ()
    future = any(isinstance(s, _ast.ImportFrom) and s.module == '__future__'
                 and any(a.name == 'annotations' for a in s.names) for s in body)
    b = _Builder(filename, future)
    b.enter('top', TYPE_MODULE, 0)
    b.visit(tree)
    b.exit()
    _analyze_block(b.top, None, set(), set())
    return b.top

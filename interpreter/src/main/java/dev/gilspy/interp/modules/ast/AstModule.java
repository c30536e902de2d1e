package dev.gilspy.interp.modules.ast;

import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _ast} (CPython's {@code Python/Python-ast.c}): the node classes of Python 3.11's abstract
 * grammar, built from the table {@link #GRAMMAR} (one line a type: its constructors with typed fields,
 * {@code ?} optional, {@code *} a list, then its attributes), and the {@code PyCF_*} flags.
 * {@code compile(..., PyCF_ONLY_AST)} builds trees of these classes ({@link AstCompile}).
 *
 * <p>Every class has {@code _fields}, {@code _attributes} and {@code __match_args__}; an optional field
 * or attribute reads None until set (a class attribute, as in CPython 3.11); the constructor takes
 * fields positionally and any attribute by keyword; nodes pickle and copy through {@code __reduce__}.
 */
public final class AstModule {
    private AstModule() {}

    static final String POS = "int lineno, int col_offset, int? end_lineno, int? end_col_offset";

    /** The 3.11 abstract grammar: {@code type = Cons(fields) | ... ; attributes}. */
    static final String[] GRAMMAR = {
        "mod = Module(stmt* body, type_ignore* type_ignores) | Interactive(stmt* body) | Expression(expr body)"
            + " | FunctionType(expr* argtypes, expr returns)",
        "stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns,"
            + " string? type_comment)"
            + " | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns,"
            + " string? type_comment)"
            + " | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)"
            + " | Return(expr? value) | Delete(expr* targets) | Assign(expr* targets, expr value, string? type_comment)"
            + " | AugAssign(expr target, operator op, expr value)"
            + " | AnnAssign(expr target, expr annotation, expr? value, int simple)"
            + " | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)"
            + " | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)"
            + " | While(expr test, stmt* body, stmt* orelse) | If(expr test, stmt* body, stmt* orelse)"
            + " | With(withitem* items, stmt* body, string? type_comment)"
            + " | AsyncWith(withitem* items, stmt* body, string? type_comment)"
            + " | Match(expr subject, match_case* cases) | Raise(expr? exc, expr? cause)"
            + " | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)"
            + " | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)"
            + " | Assert(expr test, expr? msg) | Import(alias* names)"
            + " | ImportFrom(identifier? module, alias* names, int? level)"
            + " | Global(identifier* names) | Nonlocal(identifier* names) | Expr(expr value) | Pass | Break | Continue"
            + " ; " + POS,
        "expr = BoolOp(boolop op, expr* values) | NamedExpr(expr target, expr value)"
            + " | BinOp(expr left, operator op, expr right) | UnaryOp(unaryop op, expr operand)"
            + " | Lambda(arguments args, expr body) | IfExp(expr test, expr body, expr orelse)"
            + " | Dict(expr* keys, expr* values) | Set(expr* elts) | ListComp(expr elt, comprehension* generators)"
            + " | SetComp(expr elt, comprehension* generators)"
            + " | DictComp(expr key, expr value, comprehension* generators)"
            + " | GeneratorExp(expr elt, comprehension* generators) | Await(expr value) | Yield(expr? value)"
            + " | YieldFrom(expr value) | Compare(expr left, cmpop* ops, expr* comparators)"
            + " | Call(expr func, expr* args, keyword* keywords)"
            + " | FormattedValue(expr value, int conversion, expr? format_spec) | JoinedStr(expr* values)"
            + " | Constant(constant value, string? kind)"
            + " | Attribute(expr value, identifier attr, expr_context ctx)"
            + " | Subscript(expr value, expr slice, expr_context ctx) | Starred(expr value, expr_context ctx)"
            + " | Name(identifier id, expr_context ctx) | List(expr* elts, expr_context ctx)"
            + " | Tuple(expr* elts, expr_context ctx) | Slice(expr? lower, expr? upper, expr? step)"
            + " ; " + POS,
        "expr_context = Load | Store | Del",
        "boolop = And | Or",
        "operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv",
        "unaryop = Invert | Not | UAdd | USub",
        "cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn",
        "comprehension(expr target, expr iter, expr* ifs, int is_async)",
        "excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body) ; " + POS,
        "arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg,"
            + " expr* defaults)",
        "arg(identifier arg, expr? annotation, string? type_comment) ; " + POS,
        "keyword(identifier? arg, expr value) ; " + POS,
        "alias(identifier name, identifier? asname) ; " + POS,
        "withitem(expr context_expr, expr? optional_vars)",
        "match_case(pattern pattern, expr? guard, stmt* body)",
        "pattern = MatchValue(expr value) | MatchSingleton(constant value) | MatchSequence(pattern* patterns)"
            + " | MatchMapping(expr* keys, pattern* patterns, identifier? rest)"
            + " | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)"
            + " | MatchStar(identifier? name) | MatchAs(pattern? pattern, identifier? name)"
            + " | MatchOr(pattern* patterns) ; int lineno, int col_offset, int end_lineno, int end_col_offset",
        "type_ignore = TypeIgnore(int lineno, string tag)",
    };

    private static final String BOOT = String.join("\n",
        "class AST:",
        "    _fields = ()",
        "    _attributes = ()",
        "    __match_args__ = ()",
        "    __module__ = 'ast'",
        "    def __init__(self, *args, **kwargs):",
        "        fields = type(self)._fields",
        "        if len(args) > len(fields):",
        "            raise TypeError(f\"{type(self).__name__} constructor takes at most \"",
        "                            f\"{len(fields)} positional argument{'' if len(fields) == 1 else 's'}\")",
        "        for name, value in zip(fields, args):",
        "            setattr(self, name, value)",
        "        for name, value in kwargs.items():",
        "            setattr(self, name, value)",
        "    def __reduce__(self):",
        "        d = getattr(self, '__dict__', None)",
        "        return (type(self), (), d) if d else (type(self), ())",
        "def _node(name, base, fields, attributes, optional, doc):",
        "    ns = {'__module__': 'ast', '_fields': fields, '__match_args__': fields, '__doc__': doc}",
        "    if attributes is not None:",
        "        ns['_attributes'] = attributes",
        "    for o in optional:",
        "        ns[o] = None",
        "    globals()[name] = type(name, (base,), ns)",
        "");

    /**
     * Runs {@link #BOOT} (the base class and {@code _node}), then calls {@code _node} from Java for each
     * class of {@link #GRAMMAR}: the same calls in the same order as a generated script of ~130
     * {@code _node(...)} lines, without lexing, parsing and resolving that script on a cold JVM at each
     * start-up that imports {@code ast} (inspect, and so asyncio and dataclasses, do).
     */
    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_ast");
        PyThread t = PyThread.current();
        interp.run(t, BOOT, "<_ast>", m);
        Object node = m.get("_node");
        for (String line : GRAMMAR) {
            classes(t, node, m, line);
        }
        m.cell("_node").value = null; // del _node, as the module statement would
        m.put("PyCF_ONLY_AST", 0x400L);
        m.put("PyCF_TYPE_COMMENTS", 0x1000L);
        m.put("PyCF_ALLOW_TOP_LEVEL_AWAIT", 0x2000L);
        return m;
    }

    /** Makes one grammar line's classes: its base type (for a sum type), then each constructor. */
    private static void classes(PyThread t, Object node, PyModule m, String line) {
        int semi = line.indexOf(" ; ");
        String decl = semi < 0 ? line : line.substring(0, semi);
        String attrs = semi < 0 ? "" : line.substring(semi + 3);
        int eq = decl.indexOf(" = ");
        if (eq < 0) { // a product type: one class with fields
            int lp = decl.indexOf('(');
            cls(t, node, m, decl.substring(0, lp), "AST", decl.substring(lp + 1, decl.length() - 1), attrs, decl);
            return;
        }
        String base = decl.substring(0, eq);
        String alternatives = decl.substring(eq + 3);
        cls(t, node, m, base, "AST", null, attrs, base + " = " + alternatives);
        for (String cons : split(alternatives, " | ")) {
            int lp = cons.indexOf('(');
            String name = lp < 0 ? cons : cons.substring(0, lp);
            cls(t, node, m, name, base, lp < 0 ? "" : cons.substring(lp + 1, cons.length() - 1), null, cons);
        }
    }

    /** {@code _node(name, base, fields, attributes, optional, doc)}; null fields make {@code ()}, null attrs None. */
    private static void cls(PyThread t, Object node, PyModule m, String name, String base, String fields, String attrs,
            String doc) {
        List<Object> optional = new ArrayList<>();
        Object fieldNames = fields == null ? PyTuple.EMPTY : names(fields, optional);
        Object attrNames = attrs == null ? PyNone.NONE : names(attrs, optional);
        Ops.call(t, node, new Object[] {name, m.get(base), fieldNames, attrNames, new PyTuple(optional.toArray()), doc},
            null);
    }

    /** The names of {@code "type name, type? name, ..."}; each optional ({@code ?}) one is added to {@code optional}. */
    private static PyTuple names(String decls, List<Object> optional) {
        if (decls.isBlank()) {
            return new PyTuple(new Object[0]);
        }
        List<Object> out = new ArrayList<>();
        for (String d : split(decls, ",")) {
            String typed = d.trim();
            int sp = typed.indexOf(' ');
            String name = typed.substring(sp + 1);
            out.add(name);
            if (typed.charAt(sp - 1) == '?') {
                optional.add(name);
            }
        }
        return new PyTuple(out.toArray());
    }

    /** {@code s} split at each {@code sep}, literally (String.split would compile a regex, cold, at start-up). */
    private static List<String> split(String s, String sep) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int at = s.indexOf(sep); at >= 0; at = s.indexOf(sep, from)) {
            out.add(s.substring(from, at));
            from = at + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }
}

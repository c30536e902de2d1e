package dev.gilspy.interp.modules.ast;

import dev.gilspy.interp.modules.ast.AstTokenizer.K;
import dev.gilspy.interp.modules.ast.AstTokenizer.Tok;
import dev.gilspy.interp.runtime.PyInstance;
import dev.gilspy.interp.runtime.PyList;
import java.util.ArrayList;
import java.util.List;

/** Expressions of CPython 3.11's grammar, to {@code _ast} nodes with CPython's positions. */
abstract class AstExprParser extends AstParserBase {
    AstExprParser(AstNodes nodes, List<Tok> toks, byte[] src) {
        super(nodes, toks, src);
    }

    PyInstance ctx(String c) { return make(c); }

    /** A parser of the same kind over other tokens (an f-string's expression). */
    abstract AstExprParser sub(List<Tok> toks, byte[] src);

    // ---- star_expressions, named expressions

    /** {@code star_expressions}: an expression, or an unparenthesized tuple of them. */
    PyInstance starExpressions() {
        Tok s = tok();
        PyInstance first = starExpression();
        if (!at(",")) {
            return first;
        }
        List<Object> elts = new ArrayList<>(List.of(first));
        while (accept(",")) {
            if (!startsExpression()) {
                break;
            }
            elts.add(starExpression());
        }
        return fin(make("Tuple", "elts", list(elts), "ctx", ctx("Load")), s);
    }

    PyInstance starExpression() {
        if (at("*")) {
            Tok s = next();
            PyInstance v = bitwiseOr();
            return fin(make("Starred", "value", v, "ctx", ctx("Load")), s);
        }
        return expression();
    }

    /** {@code star_named_expression}: in list, set and tuple displays. */
    PyInstance starNamed() {
        if (at("*")) {
            Tok s = next();
            PyInstance v = bitwiseOr();
            return fin(make("Starred", "value", v, "ctx", ctx("Load")), s);
        }
        return namedExpression();
    }

    PyInstance namedExpression() {
        if (atName() && peekTok(1).is(":=")) {
            Tok s = next();
            PyInstance target = fin(make("Name", "id", s.s(), "ctx", ctx("Store")), s);
            next();
            PyInstance v = expression();
            return fin(make("NamedExpr", "target", target, "value", v), s);
        }
        return expression();
    }

    boolean startsExpression() {
        Tok t = tok();
        switch (t.k()) {
            case NAME:
                return !KEYWORDS.contains(t.s()) || switch (t.s()) {
                    case "None", "True", "False", "not", "lambda", "await", "yield" -> true;
                    default -> false;
                };
            case NUMBER, STRING:
                return true;
            case OP:
                return switch (t.s()) {
                    case "(", "[", "{", "-", "+", "~", "*", "...", "**" -> true;
                    default -> false;
                };
            default:
                return false;
        }
    }

    // ---- expression and the precedence ladder

    PyInstance expression() {
        if (atKw("lambda")) {
            return lambda();
        }
        Tok s = tok();
        PyInstance body = disjunction();
        if (atKw("if")) {
            next();
            PyInstance test = disjunction();
            expect("else");
            PyInstance orelse = expression();
            return fin(make("IfExp", "test", test, "body", body, "orelse", orelse), s);
        }
        return body;
    }

    PyInstance lambda() {
        Tok s = next();
        PyInstance args = parameters(":", false);
        expect(":");
        PyInstance body = expression();
        return fin(make("Lambda", "args", args, "body", body), s);
    }

    private PyInstance boolOp(String kw, boolean or) {
        Tok s = tok();
        PyInstance first = or ? boolOp("and", false) : inversion();
        if (!atKw(kw)) {
            return first;
        }
        List<Object> vals = new ArrayList<>(List.of(first));
        while (accept(kw)) {
            vals.add(or ? boolOp("and", false) : inversion());
        }
        return fin(make("BoolOp", "op", make(or ? "Or" : "And"), "values", list(vals)), s);
    }

    PyInstance disjunction() { return boolOp("or", true); }

    PyInstance inversion() {
        if (atKw("not")) {
            Tok s = next();
            PyInstance v = inversion();
            return fin(make("UnaryOp", "op", make("Not"), "operand", v), s);
        }
        return comparison();
    }

    PyInstance comparison() {
        Tok s = tok();
        PyInstance left = bitwiseOr();
        List<Object> ops = new ArrayList<>();
        List<Object> comps = new ArrayList<>();
        while (true) {
            String op = compOp();
            if (op == null) {
                break;
            }
            ops.add(make(op));
            comps.add(bitwiseOr());
        }
        if (ops.isEmpty()) {
            return left;
        }
        return fin(make("Compare", "left", left, "ops", list(ops), "comparators", list(comps)), s);
    }

    private String compOp() {
        Tok t = tok();
        if (t.k() == K.OP) {
            String op = switch (t.s()) {
                case "==" -> "Eq";
                case "!=" -> "NotEq";
                case "<" -> "Lt";
                case "<=" -> "LtE";
                case ">" -> "Gt";
                case ">=" -> "GtE";
                default -> null;
            };
            if (op != null) {
                p++;
            }
            return op;
        }
        if (t.is("in")) {
            p++;
            return "In";
        }
        if (t.is("not") && peekTok(1).is("in")) {
            p += 2;
            return "NotIn";
        }
        if (t.is("is")) {
            p++;
            if (accept("not")) {
                return "IsNot";
            }
            return "Is";
        }
        return null;
    }

    private static final String[][] LEVELS = {
        {"|", "BitOr"}, {"^", "BitXor"}, {"&", "BitAnd"}, {"<<", "LShift", ">>", "RShift"},
        {"+", "Add", "-", "Sub"}, {"*", "Mult", "/", "Div", "//", "FloorDiv", "%", "Mod", "@", "MatMult"},
    };

    PyInstance bitwiseOr() { return binary(0); }

    /** {@code sum}: a signed or complex number in a pattern. */
    PyInstance sum() { return binary(4); }

    private PyInstance binary(int level) {
        if (level == LEVELS.length) {
            return factor();
        }
        Tok s = tok();
        PyInstance left = binary(level + 1);
        String[] ops = LEVELS[level];
        outer:
        while (true) {
            Tok t = tok();
            if (t.k() == K.OP) {
                for (int i = 0; i < ops.length; i += 2) {
                    if (t.s().equals(ops[i])) {
                        p++;
                        PyInstance right = binary(level + 1);
                        left = fin(make("BinOp", "left", left, "op", make(ops[i + 1]), "right", right), s);
                        continue outer;
                    }
                }
            }
            return left;
        }
    }

    PyInstance factor() {
        Tok t = tok();
        if (t.k() == K.OP && (t.s().equals("-") || t.s().equals("+") || t.s().equals("~"))) {
            p++;
            PyInstance v = factor();
            String op = t.s().equals("-") ? "USub" : t.s().equals("+") ? "UAdd" : "Invert";
            return fin(make("UnaryOp", "op", make(op), "operand", v), t);
        }
        return power();
    }

    PyInstance power() {
        Tok s = tok();
        PyInstance base;
        if (atKw("await")) {
            next();
            PyInstance v = primary();
            base = fin(make("Await", "value", v), s);
        } else {
            base = primary();
        }
        if (accept("**")) {
            PyInstance exp = factor();
            return fin(make("BinOp", "left", base, "op", make("Pow"), "right", exp), s);
        }
        return base;
    }

    // ---- primary: attribute, call, subscript

    PyInstance primary() {
        Tok s = tok();
        PyInstance e = atom();
        while (true) {
            if (accept(".")) {
                String attr = name();
                e = fin(make("Attribute", "value", e, "attr", attr, "ctx", ctx("Load")), s);
            } else if (at("(")) {
                e = callArgs(e, s);
            } else if (at("[")) {
                next();
                PyInstance sl = slices();
                expect("]");
                e = fin(make("Subscript", "value", e, "slice", sl, "ctx", ctx("Load")), s);
            } else {
                return e;
            }
        }
    }

    PyInstance callArgs(PyInstance func, Tok s) {
        Tok lp = next();
        List<Object> args = new ArrayList<>();
        List<Object> kws = new ArrayList<>();
        while (!at(")")) {
            Tok a = tok();
            if (accept("**")) {
                PyInstance v = expression();
                kws.add(fin(make("keyword", "arg", NONE, "value", v), a));
            } else if (at("*")) {
                args.add(starExpression());
            } else if (atName() && peekTok(1).is("=")) {
                String n = next().s();
                next();
                PyInstance v = expression();
                kws.add(fin(make("keyword", "arg", n, "value", v), a));
            } else {
                PyInstance v = namedExpression();
                if (atKw("for") || atKw("async")) {
                    List<Object> gens = comprehensions();
                    expect(")");
                    PyInstance g = fin(make("GeneratorExp", "elt", v, "generators", list(gens)), lp);
                    args.add(g);
                    return fin(make("Call", "func", func, "args", list(args), "keywords", list(kws)), s);
                }
                args.add(v);
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        return fin(make("Call", "func", func, "args", list(args), "keywords", list(kws)), s);
    }

    PyInstance slices() {
        Tok s = tok();
        PyInstance first = slice();
        if (!at(",")) {
            if (first.type().name.equals("Starred")) { // a[*x]: PEP 646 makes the index a tuple
                return fin(make("Tuple", "elts", list(List.<Object>of(first)), "ctx", ctx("Load")), s);
            }
            return first;
        }
        List<Object> elts = new ArrayList<>(List.of(first));
        while (accept(",")) {
            if (at("]")) {
                break;
            }
            elts.add(slice());
        }
        return fin(make("Tuple", "elts", list(elts), "ctx", ctx("Load")), s);
    }

    private PyInstance slice() {
        Tok s = tok();
        Object lower = NONE;
        if (!at(":")) {
            PyInstance e = starNamed();
            if (!at(":")) {
                return e;
            }
            lower = e;
        }
        expect(":");
        Object upper = at(":") || at(",") || at("]") ? NONE : expression();
        Object step = NONE;
        if (accept(":")) {
            step = at(",") || at("]") ? NONE : expression();
        }
        return fin(make("Slice", "lower", lower, "upper", upper, "step", step), s);
    }

    // ---- atoms and displays

    PyInstance atom() {
        Tok t = tok();
        switch (t.k()) {
            case NAME:
                switch (t.s()) {
                    case "None": p++; return fin(make("Constant", "value", NONE, "kind", NONE), t);
                    case "True": p++; return fin(make("Constant", "value", true, "kind", NONE), t);
                    case "False": p++; return fin(make("Constant", "value", false, "kind", NONE), t);
                    default:
                        break;
                }
                String n = name();
                return fin(make("Name", "id", n, "ctx", ctx("Load")), t);
            case NUMBER:
                p++;
                return fin(make("Constant", "value", number(t), "kind", NONE), t);
            case STRING:
                return AstStrings.strings(this);
            case OP:
                switch (t.s()) {
                    case "(": return paren();
                    case "[": return listDisplay();
                    case "{": return braceDisplay();
                    case "...": p++; return fin(make("Constant", "value", dev.gilspy.interp.runtime.Types.ELLIPSIS, "kind", NONE), t);
                    default: break;
                }
                break;
            default:
                break;
        }
        throw syntax(t, "invalid syntax");
    }

    private PyInstance paren() {
        Tok s = next();
        if (accept(")")) {
            return fin(make("Tuple", "elts", list(), "ctx", ctx("Load")), s);
        }
        if (atKw("yield")) {
            PyInstance y = yieldExpr();
            expect(")");
            return y;
        }
        PyInstance first = starNamed();
        if (atKw("for") || atKw("async")) {
            List<Object> gens = comprehensions();
            expect(")");
            return fin(make("GeneratorExp", "elt", first, "generators", list(gens)), s);
        }
        if (accept(")")) {
            return first;
        }
        List<Object> elts = new ArrayList<>(List.of(first));
        while (accept(",")) {
            if (at(")")) {
                break;
            }
            elts.add(starNamed());
        }
        expect(")");
        return fin(make("Tuple", "elts", list(elts), "ctx", ctx("Load")), s);
    }

    private PyInstance listDisplay() {
        Tok s = next();
        List<Object> elts = new ArrayList<>();
        if (!at("]")) {
            PyInstance first = starNamed();
            if (atKw("for") || atKw("async")) {
                List<Object> gens = comprehensions();
                expect("]");
                return fin(make("ListComp", "elt", first, "generators", list(gens)), s);
            }
            elts.add(first);
            while (accept(",")) {
                if (at("]")) {
                    break;
                }
                elts.add(starNamed());
            }
        }
        expect("]");
        return fin(make("List", "elts", list(elts), "ctx", ctx("Load")), s);
    }

    private PyInstance braceDisplay() {
        Tok s = next();
        if (accept("}")) {
            return fin(make("Dict", "keys", list(), "values", list()), s);
        }
        if (at("**") || !at("*") && isDictStart()) {
            List<Object> keys = new ArrayList<>();
            List<Object> vals = new ArrayList<>();
            boolean first = true;
            while (!at("}")) {
                if (accept("**")) {
                    keys.add(NONE);
                    vals.add(bitwiseOr());
                } else {
                    PyInstance k = expression();
                    expect(":");
                    PyInstance v = expression();
                    if (first && (atKw("for") || atKw("async"))) {
                        List<Object> gens = comprehensions();
                        expect("}");
                        return fin(make("DictComp", "key", k, "value", v, "generators", list(gens)), s);
                    }
                    keys.add(k);
                    vals.add(v);
                }
                first = false;
                if (!accept(",")) {
                    break;
                }
            }
            expect("}");
            return fin(make("Dict", "keys", list(keys), "values", list(vals)), s);
        }
        PyInstance first = starNamed();
        if (atKw("for") || atKw("async")) {
            List<Object> gens = comprehensions();
            expect("}");
            return fin(make("SetComp", "elt", first, "generators", list(gens)), s);
        }
        List<Object> elts = new ArrayList<>(List.of(first));
        while (accept(",")) {
            if (at("}")) {
                break;
            }
            elts.add(starNamed());
        }
        expect("}");
        return fin(make("Set", "elts", list(elts)), s);
    }

    /** Whether the brace display at the cursor is a dict: an expression followed by ':' at depth 0. */
    private boolean isDictStart() {
        int save = p;
        try {
            if (atKw("lambda")) {
                return false;
            }
            expression();
            return at(":");
        } catch (AstSyntaxError | Backtrack e) {
            return false;
        } finally {
            p = save;
        }
    }

    List<Object> comprehensions() {
        List<Object> gens = new ArrayList<>();
        while (atKw("for") || atKw("async") && peekTok(1).is("for")) {
            long isAsync = accept("async") ? 1 : 0;
            expect("for");
            PyInstance target = targetList("in");
            expect("in");
            PyInstance iter = disjunction();
            List<Object> ifs = new ArrayList<>();
            while (atKw("if")) {
                next();
                ifs.add(disjunction());
            }
            gens.add(make("comprehension", "target", target, "iter", iter, "ifs", list(ifs), "is_async", isAsync));
        }
        return gens;
    }

    /** A for-loop's or comprehension's target list, in Store context. */
    PyInstance targetList(String stop) {
        Tok s = tok();
        PyInstance first = starTargetAtom();
        if (!at(",")) {
            return store(first);
        }
        List<Object> elts = new ArrayList<>(List.of(first));
        while (accept(",")) {
            if (atKw(stop) || at("=")) {
                break;
            }
            elts.add(starTargetAtom());
        }
        return store(fin(make("Tuple", "elts", list(elts), "ctx", ctx("Load")), s));
    }

    private PyInstance starTargetAtom() {
        if (at("*")) {
            Tok s = next();
            PyInstance v = bitwiseOr();
            return fin(make("Starred", "value", v, "ctx", ctx("Load")), s);
        }
        return bitwiseOr();
    }

    /** The node with Store context throughout (a target). */
    PyInstance store(PyInstance n) { return setCtx(n, "Store"); }

    PyInstance setCtx(PyInstance n, String c) {
        String cls = n.cls.name;
        switch (cls) {
            case "Name", "Attribute", "Subscript":
                n.putDictAttr("ctx", ctx(c));
                return n;
            case "Starred":
                n.putDictAttr("ctx", ctx(c));
                setCtx((PyInstance) AstNodes.get(n, "value"), c);
                return n;
            case "Tuple", "List":
                n.putDictAttr("ctx", ctx(c));
                for (Object e : ((PyList) AstNodes.get(n, "elts")).toArray()) {
                    setCtx((PyInstance) e, c);
                }
                return n;
            default:
                throw syntax(tok(), "cannot assign to " + cls.toLowerCase(java.util.Locale.ROOT));
        }
    }

    PyInstance yieldExpr() {
        Tok s = next();
        if (accept("from")) {
            PyInstance v = expression();
            return fin(make("YieldFrom", "value", v), s);
        }
        Object v = startsExpression() ? starExpressions() : NONE;
        return fin(make("Yield", "value", v), s);
    }

    // ---- parameters (def and lambda)

    /** The parameters up to {@code close} (')' for def, ':' for lambda); {@code annotated} for def. */
    PyInstance parameters(String close, boolean annotated) {
        List<Object> posonly = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        List<Object> kwonly = new ArrayList<>();
        List<Object> kwDefaults = new ArrayList<>();
        List<Object> defaults = new ArrayList<>();
        Object vararg = NONE;
        Object kwarg = NONE;
        boolean star = false;
        while (!at(close)) {
            if (accept("/")) {
                posonly.addAll(args);
                args.clear();
            } else if (accept("**")) {
                kwarg = param(annotated, false);
            } else if (accept("*")) {
                star = true;
                if (!at(",") && !at(close)) {
                    vararg = param(annotated, true);
                }
            } else {
                PyInstance a = param(annotated, false);
                Object def = NONE;
                if (accept("=")) {
                    def = expression();
                }
                if (star) {
                    kwonly.add(a);
                    kwDefaults.add(def);
                } else {
                    args.add(a);
                    if (def != NONE) {
                        defaults.add(def);
                    }
                }
            }
            if (!accept(",")) {
                break;
            }
        }
        return make("arguments", "posonlyargs", list(posonly), "args", list(args), "vararg", vararg,
            "kwonlyargs", list(kwonly), "kw_defaults", list(kwDefaults), "kwarg", kwarg, "defaults", list(defaults));
    }

    private PyInstance param(boolean annotated, boolean starAnnotation) {
        Tok s = tok();
        String n = name();
        Object ann = NONE;
        if (annotated && accept(":")) {
            ann = starAnnotation && at("*") ? starExpression() : expression();
        }
        return fin(make("arg", "arg", n, "annotation", ann, "type_comment", NONE), s);
    }

    /** A number token's value; a bad literal is a SyntaxError where CPython's tokenizer puts it. */
    private Object number(Tok t) {
        try {
            return AstLiterals.number(t.s());
        } catch (AstSyntaxError e) {
            int lineStart = t.off();
            while (lineStart > 0 && src[lineStart - 1] != '\n') {
                lineStart--;
            }
            int lineEnd = t.off();
            while (lineEnd < src.length && src[lineEnd] != '\n') {
                lineEnd++;
            }
            String line = new String(src, lineStart, lineEnd - lineStart, java.nio.charset.StandardCharsets.UTF_8);
            int start = new String(src, lineStart, t.off() - lineStart, java.nio.charset.StandardCharsets.UTF_8).length();
            dev.gilspy.interp.parse.NumberLiteralError found = dev.gilspy.interp.parse.NumberLiteralError.find(line, start);
            if (found == null) {
                throw new AstSyntaxError(e.getMessage(), t.line(), start + 1);
            }
            throw new AstSyntaxError(found.msg(), t.line(), found.col(), "SyntaxError", found.endCol());
        }
    }
}

package dev.gilspy.interp.modules.ast;

import dev.gilspy.interp.modules.ast.AstTokenizer.K;
import dev.gilspy.interp.modules.ast.AstTokenizer.Tok;
import dev.gilspy.interp.runtime.PyInstance;
import dev.gilspy.interp.runtime.PyList;
import java.util.ArrayList;
import java.util.List;

/** Statements of CPython 3.11's grammar and the four start rules ({@code exec}, {@code eval}, {@code single}, {@code func_type}). */
final class AstParser extends AstExprParser {
    AstParser(AstNodes nodes, List<Tok> toks, byte[] src) {
        super(nodes, toks, src);
    }

    @Override
    AstExprParser sub(List<Tok> toks, byte[] src) {
        return new AstParser(nodes, toks, src);
    }

    static PyInstance parse(AstNodes nodes, byte[] src, String mode) {
        List<Tok> toks = new AstTokenizer(src, 1, 0).tokenize();
        AstParser ps = new AstParser(nodes, toks, src);
        switch (mode) {
            case "exec": {
                List<Object> body = ps.statements(true);
                return ps.make("Module", "body", list(body), "type_ignores", list());
            }
            case "single": {
                List<Object> body = ps.statements(true);
                return ps.make("Interactive", "body", list(body));
            }
            case "eval": {
                while (ps.at(K.NEWLINE)) {
                    ps.next();
                }
                PyInstance e = ps.starExpressions();
                ps.endInput();
                return ps.make("Expression", "body", e);
            }
            case "func_type": {
                ps.expect("(");
                List<Object> args = new ArrayList<>();
                while (!ps.at(")")) {
                    args.add(ps.starExpression());
                    if (!ps.accept(",")) {
                        break;
                    }
                }
                ps.expect(")");
                ps.expect("->");
                PyInstance ret = ps.expression();
                ps.endInput();
                return ps.make("FunctionType", "argtypes", list(args), "returns", ret);
            }
            default:
                throw new IllegalArgumentException(mode);
        }
    }

    private void endInput() {
        while (at(K.NEWLINE)) {
            next();
        }
        if (!at(K.END)) {
            throw syntax(tok(), "invalid syntax");
        }
    }

    // ---- blocks

    List<Object> statements(boolean top) {
        List<Object> out = new ArrayList<>();
        while (!at(K.END) && !at(K.DEDENT)) {
            if (at(K.NEWLINE)) {
                next();
                continue;
            }
            if (at(K.INDENT)) {
                throw new AstSyntaxError("unexpected indent", tok().line(), tok().col() + 1, "IndentationError");
            }
            statement(out);
        }
        return out;
    }

    PyList blockForPatterns() {
        return block();
    }

    private PyList block() {
        expect(":");
        List<Object> out = new ArrayList<>();
        if (at(K.NEWLINE)) {
            next();
            if (!at(K.INDENT)) {
                throw new AstSyntaxError("expected an indented block", tok().line(), tok().col() + 1, "IndentationError");
            }
            next();
            while (!at(K.DEDENT) && !at(K.END)) {
                if (at(K.NEWLINE)) {
                    next();
                    continue;
                }
                statement(out);
            }
            accept(K.DEDENT);
        } else {
            simpleStatements(out);
        }
        return list(out);
    }

    private boolean accept(K k) {
        if (at(k)) {
            p++;
            return true;
        }
        return false;
    }

    private void statement(List<Object> out) {
        Tok t = tok();
        if (t.k() == K.NAME) {
            switch (t.s()) {
                case "if": out.add(ifStmt()); return;
                case "while": out.add(whileStmt()); return;
                case "for": out.add(forStmt(t, false)); return;
                case "try": out.add(tryStmt()); return;
                case "with": out.add(withStmt(t, false)); return;
                case "def": out.add(funcDef(t, List.of(), false)); return;
                case "class": out.add(classDef(t, List.of())); return;
                case "async": {
                    Tok n = peekTok(1);
                    next();
                    if (n.is("def")) {
                        out.add(funcDef(t, List.of(), true));
                    } else if (n.is("for")) {
                        out.add(forStmt(t, true));
                    } else if (n.is("with")) {
                        out.add(withStmt(t, true));
                    } else {
                        throw syntax(n, "invalid syntax");
                    }
                    return;
                }
                case "match": {
                    PyInstance m = new AstPatterns(this).tryMatch();
                    if (m != null) {
                        out.add(m);
                        return;
                    }
                    break;
                }
                default:
                    break;
            }
        } else if (t.is("@")) {
            out.add(decorated());
            return;
        }
        simpleStatements(out);
    }

    private void simpleStatements(List<Object> out) {
        while (true) {
            out.add(simpleStatement());
            if (!accept(";")) {
                break;
            }
            if (at(K.NEWLINE)) {
                break;
            }
        }
        if (!at(K.END)) {
            if (!at(K.NEWLINE)) {
                throw syntax(tok(), "invalid syntax");
            }
            next();
        }
    }

    // ---- simple statements

    private PyInstance simpleStatement() {
        Tok s = tok();
        if (s.k() == K.NAME) {
            switch (s.s()) {
                case "pass": next(); return fin(make("Pass"), s);
                case "break": next(); return fin(make("Break"), s);
                case "continue": next(); return fin(make("Continue"), s);
                case "return": {
                    next();
                    Object v = startsExpression() ? starExpressions() : NONE;
                    return fin(make("Return", "value", v), s);
                }
                case "raise": {
                    next();
                    Object exc = NONE;
                    Object cause = NONE;
                    if (startsExpression()) {
                        exc = expression();
                        if (accept("from")) {
                            cause = expression();
                        }
                    }
                    return fin(make("Raise", "exc", exc, "cause", cause), s);
                }
                case "global", "nonlocal": {
                    next();
                    List<Object> names = new ArrayList<>();
                    do {
                        names.add(name());
                    } while (accept(","));
                    return fin(make(s.s().equals("global") ? "Global" : "Nonlocal", "names", list(names)), s);
                }
                case "del": {
                    next();
                    List<Object> targets = new ArrayList<>();
                    do {
                        if (at(K.NEWLINE) || at(";")) {
                            break;
                        }
                        targets.add(setCtx(bitwiseOr(), "Del"));
                    } while (accept(","));
                    return fin(make("Delete", "targets", list(targets)), s);
                }
                case "assert": {
                    next();
                    PyInstance test = expression();
                    Object msg = accept(",") ? expression() : NONE;
                    return fin(make("Assert", "test", test, "msg", msg), s);
                }
                case "import": return importStmt(s);
                case "from": return fromImport(s);
                default:
                    break;
            }
        }
        return exprStatement(s);
    }

    private PyInstance exprStatement(Tok s) {
        PyInstance first = atKw("yield") ? yieldExpr() : starExpressions();
        if (at(":")) {
            next();
            boolean simple = first.cls.name.equals("Name") && !s.is("(");
            PyInstance ann = expression();
            Object value = NONE;
            if (accept("=")) {
                value = atKw("yield") ? yieldExpr() : starExpressions();
            }
            return fin(make("AnnAssign", "target", store(first), "annotation", ann, "value", value,
                "simple", simple ? 1L : 0L), s);
        }
        if (at("=")) {
            List<Object> targets = new ArrayList<>();
            PyInstance value = first;
            while (accept("=")) {
                targets.add(store(value));
                value = atKw("yield") ? yieldExpr() : starExpressions();
            }
            return fin(make("Assign", "targets", list(targets), "value", value, "type_comment", NONE), s);
        }
        Tok t = tok();
        if (t.k() == K.OP && t.s().length() >= 2 && t.s().endsWith("=") && !t.s().equals("==") && !t.s().equals("<=")
            && !t.s().equals(">=") && !t.s().equals("!=")) {
            String op = switch (t.s()) {
                case "+=" -> "Add";
                case "-=" -> "Sub";
                case "*=" -> "Mult";
                case "@=" -> "MatMult";
                case "/=" -> "Div";
                case "%=" -> "Mod";
                case "**=" -> "Pow";
                case "<<=" -> "LShift";
                case ">>=" -> "RShift";
                case "|=" -> "BitOr";
                case "^=" -> "BitXor";
                case "&=" -> "BitAnd";
                case "//=" -> "FloorDiv";
                default -> throw syntax(t, "invalid syntax");
            };
            next();
            PyInstance value = atKw("yield") ? yieldExpr() : starExpressions();
            return fin(make("AugAssign", "target", store(first), "op", make(op), "value", value), s);
        }
        return fin(make("Expr", "value", first), s);
    }

    private PyInstance importStmt(Tok s) {
        next();
        List<Object> names = new ArrayList<>();
        do {
            names.add(alias(true));
        } while (accept(","));
        return fin(make("Import", "names", list(names)), s);
    }

    private PyInstance alias(boolean dotted) {
        Tok s = tok();
        StringBuilder n = new StringBuilder(name());
        while (dotted && accept(".")) {
            n.append('.').append(name());
        }
        Object as = NONE;
        if (accept("as")) {
            as = name();
        }
        return fin(make("alias", "name", n.toString(), "asname", as), s);
    }

    private PyInstance fromImport(Tok s) {
        next();
        long level = 0;
        while (at(".") || at("...")) {
            level += next().s().length();
        }
        Object module = NONE;
        if (!atKw("import")) {
            StringBuilder n = new StringBuilder(name());
            while (accept(".")) {
                n.append('.').append(name());
            }
            module = n.toString();
        }
        expect("import");
        List<Object> names = new ArrayList<>();
        if (at("*")) {
            Tok st = next();
            names.add(fin(make("alias", "name", "*", "asname", NONE), st));
        } else {
            boolean paren = accept("(");
            do {
                if (paren && at(")")) {
                    break;
                }
                names.add(alias(false));
            } while (accept(","));
            if (paren) {
                expect(")");
            }
        }
        return fin(make("ImportFrom", "module", module, "names", list(names), "level", level), s);
    }

    // ---- compound statements

    private PyInstance ifStmt() {
        Tok s = next();
        PyInstance test = namedExpression();
        PyList body = block();
        PyList orelse = list();
        if (atKw("elif")) {
            orelse = new PyList(new Object[] {ifStmt()});
        } else if (atKw("else")) {
            next();
            orelse = block();
        }
        return endAtLast(make("If", "test", test, "body", body, "orelse", orelse), s, body, orelse);
    }

    /**
     * The compound statement's position: from {@code s} to the last token its blocks took that is
     * not a NEWLINE, INDENT or DEDENT (a trailing ';' counts, as in CPython).
     */
    PyInstance endAtLast(PyInstance n, Tok s, PyList... blocks) {
        int k = p - 1;
        while (k > 0 && (toks.get(k).k() == K.NEWLINE || toks.get(k).k() == K.INDENT || toks.get(k).k() == K.DEDENT)) {
            k--;
        }
        Tok e = toks.get(k);
        return pos(n, s.line(), s.col(), e.eline(), e.ecol());
    }

    private PyInstance whileStmt() {
        Tok s = next();
        PyInstance test = namedExpression();
        PyList body = block();
        PyList orelse = list();
        if (accept("else")) {
            orelse = block();
        }
        return endAtLast(make("While", "test", test, "body", body, "orelse", orelse), s, body, orelse);
    }

    private PyInstance forStmt(Tok s, boolean async) {
        expect("for");
        PyInstance target = targetList("in");
        expect("in");
        PyInstance iter = starExpressions();
        PyList body = block();
        PyList orelse = list();
        if (accept("else")) {
            orelse = block();
        }
        return endAtLast(make(async ? "AsyncFor" : "For", "target", target, "iter", iter, "body", body, "orelse", orelse,
            "type_comment", NONE), s, body, orelse);
    }

    private PyInstance tryStmt() {
        Tok s = next();
        PyList body = block();
        List<Object> handlers = new ArrayList<>();
        boolean star = false;
        while (atKw("except")) {
            Tok hs = next();
            boolean thisStar = accept("*");
            if (!handlers.isEmpty() && thisStar != star) {
                throw syntax(hs, "cannot have both 'except' and 'except*' on the same 'try'");
            }
            star = thisStar;
            if (star && at(":")) {
                throw syntax(tok(), "expected one or more exception types");
            }
            Object type = NONE;
            Object name = NONE;
            if (!at(":")) {
                type = expression();
                if (at(",")) {
                    Tok ts = toks.get(p - 1);
                    List<Object> elts = new ArrayList<>(List.of(type));
                    while (accept(",")) {
                        elts.add(expression());
                    }
                    type = span(make("Tuple", "elts", list(elts), "ctx", ctx("Load")), elts.get(0), elts.get(elts.size() - 1));
                }
                if (accept("as")) {
                    name = name();
                }
            }
            PyList hb = block();
            handlers.add(endAtLast(make("ExceptHandler", "type", type, "name", name, "body", hb), hs, hb));
        }
        PyList orelse = list();
        PyList fin = list();
        if (accept("else")) {
            orelse = block();
        }
        if (accept("finally")) {
            fin = block();
        }
        PyList hl = list(handlers);
        PyInstance n = make(star ? "TryStar" : "Try", "body", body, "handlers", hl, "orelse", orelse, "finalbody", fin);
        Object lastHandler = handlers.isEmpty() ? null : handlers.get(handlers.size() - 1);
        PyList hLast = lastHandler == null ? list() : new PyList(new Object[] {lastHandler});
        return endAtLast(n, s, body, hLast, orelse, fin);
    }

    private PyInstance withStmt(Tok s, boolean async) {
        expect("with");
        List<Object> items = new ArrayList<>();
        boolean done = false;
        if (at("(")) {
            int save = p;
            try {
                next();
                while (!at(")")) {
                    items.add(withItem());
                    if (!accept(",")) {
                        break;
                    }
                }
                expect(")");
                if (!at(":")) {
                    throw new Backtrack();
                }
                done = true;
            } catch (AstSyntaxError | Backtrack e) {
                p = save;
                items.clear();
            }
        }
        if (!done) {
            do {
                items.add(withItem());
            } while (accept(","));
        }
        PyList body = block();
        return endAtLast(make(async ? "AsyncWith" : "With", "items", list(items), "body", body, "type_comment", NONE),
            s, body);
    }

    private PyInstance withItem() {
        PyInstance e = expression();
        Object vars = NONE;
        if (accept("as")) {
            vars = store(bitwiseOr());
        }
        return make("withitem", "context_expr", e, "optional_vars", vars);
    }

    private PyInstance decorated() {
        List<Object> decos = new ArrayList<>();
        while (accept("@")) {
            decos.add(namedExpression());
            if (!at(K.NEWLINE)) {
                throw syntax(tok(), "invalid syntax");
            }
            next();
        }
        Tok s = tok();
        if (atKw("async")) {
            next();
            return funcDef(s, decos, true);
        }
        if (atKw("def")) {
            return funcDef(s, decos, false);
        }
        if (atKw("class")) {
            return classDef(s, decos);
        }
        throw syntax(s, "invalid syntax");
    }

    private PyInstance funcDef(Tok s, List<Object> decos, boolean async) {
        expect("def");
        String n = name();
        expect("(");
        PyInstance args = parameters(")", true);
        expect(")");
        Object returns = NONE;
        if (accept("->")) {
            returns = expression();
        }
        PyList body = block();
        return endAtLast(make(async ? "AsyncFunctionDef" : "FunctionDef", "name", n, "args", args, "body", body,
            "decorator_list", list(decos), "returns", returns, "type_comment", NONE), s, body);
    }

    private PyInstance classDef(Tok s, List<Object> decos) {
        expect("class");
        String n = name();
        List<Object> bases = new ArrayList<>();
        List<Object> kws = new ArrayList<>();
        if (at("(")) {
            Tok cs = tok();
            PyInstance call = primaryCallOf(cs);
            bases.addAll(List.of(((PyList) call.getDictAttr("args")).toArray()));
            kws.addAll(List.of(((PyList) call.getDictAttr("keywords")).toArray()));
        }
        PyList body = block();
        return endAtLast(make("ClassDef", "name", n, "bases", list(bases), "keywords", list(kws), "body", body,
            "decorator_list", list(decos)), s, body);
    }

    /** The argument list at '(' parsed as a call's (a class's bases and keywords). */
    private PyInstance primaryCallOf(Tok s) {
        PyInstance dummy = make("Name", "id", "", "ctx", ctx("Load"));
        return callArgs(dummy, s);
    }
}

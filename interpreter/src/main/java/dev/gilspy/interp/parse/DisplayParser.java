package dev.gilspy.interp.parse;

import dev.gilspy.interp.nodes.CodeBuilder;
import dev.gilspy.interp.nodes.Constants;
import dev.gilspy.interp.nodes.Expr;
import dev.gilspy.interp.nodes.Exprs;
import dev.gilspy.interp.nodes.Functions;
import dev.gilspy.interp.nodes.Stmt;
import dev.gilspy.interp.nodes.Stmts;
import dev.gilspy.interp.nodes.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * Atoms and displays: literals, names, parenthesized expressions and tuples, list, set and dict
 * displays, comprehensions and generator expressions, each in its own scope.
 * {@link ExpressionParser} below holds the operators by precedence.
 */
abstract class DisplayParser extends ExpressionParser {
    DisplayParser(List<Token> tokens, String file, String source) {
        super(tokens, file, source);
    }

    /** {@code 1if x else y}: the tokenizer's verify_end_of_number lets it through with a SyntaxWarning. */
    private static final java.util.Set<String> KEYWORDS_AFTER_NUMBER = java.util.Set.of("and", "else", "for", "if", "in", "is", "not", "or");

    private void warnKeywordAfterNumber(Token number) {
        Token k = peek();
        if (k.kind() != Token.Kind.NAME || k.line() != number.line() || k.col() < 2
            || !KEYWORDS_AFTER_NUMBER.contains(k.text())) {
            return;
        }
        String line = lineText(k.line());
        if (k.col() - 2 < line.length() && !Character.isWhitespace(line.charAt(k.col() - 2))) {
            String lower = line.substring(number.col() - 1).toLowerCase(java.util.Locale.ROOT);
            String kind = lower.startsWith("0x") ? "hexadecimal" : lower.startsWith("0o") ? "octal" : lower.startsWith("0b") ? "binary" : "decimal";
            warn(number.line(), "invalid " + kind + " literal");
        }
    }

    Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case INT, FLOAT:
                next();
                warnKeywordAfterNumber(t);
                return at(new Exprs.Const(t.value() instanceof Imaginary im ? Constants.imaginary(im.value()) : t.value()), t);
            case STRING, FSTRING, BYTES:
                return strings();
            case NAME:
                switch (t.text()) {
                    case "None": next(); return at(new Exprs.Const(Constants.NONE), t);
                    case "True": next(); return at(new Exprs.Const(Boolean.TRUE), t);
                    case "False": next(); return at(new Exprs.Const(Boolean.FALSE), t);
                    default: break;
                }
                if (isKeyword(t.text())) {
                    throw error(t, "invalid syntax");
                }
                next();
                return scope.ref(t.text(), t.line());
            case OP:
                switch (t.text()) {
                    case "(": return parenAtom();
                    case "[": return listAtom();
                    case "{": return dictAtom();
                    case "...": next(); return at(new Exprs.Const(Constants.ELLIPSIS), t);
                    default: break;
                }
                break;
            case INDENT:
                throw new SyntaxError("IndentationError", "unexpected indent", file, t.line(), t.col(), lineText(t.line()));
            case NEWLINE, EOF:
                throw error(t, "invalid syntax");
            default:
                break;
        }
        throw error(t, "invalid syntax");
    }

    Expr parenAtom() {
        Token t = next();
        if (accept(")")) {
            return at(new Exprs.TupleDisplay(new Expr[0]), t);
        }
        if (at("yield")) {
            Expr y = yieldExpr();
            expect(")");
            return y;
        }
        if (comprehensionAhead()) {
            Expr g = genExpFrom(t, ")");
            expect(")");
            return g;
        }
        Expr first = starOrTest();
        if (accept(")")) {
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (atOp(")")) {
                break;
            }
            items.add(starOrTest());
        }
        expect(")");
        return at(new Exprs.TupleDisplay(items.toArray(new Expr[0])), t);
    }

    /** True when the bracket just opened holds a comprehension ({@code for} at depth 0 before a comma). */
    boolean comprehensionAhead() {
        int depth = 0;
        for (int i = pos; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            if (k.kind() == Token.Kind.OP) {
                String s = k.text();
                if (s.equals("(") || s.equals("[") || s.equals("{")) {
                    depth++;
                } else if (s.equals(")") || s.equals("]") || s.equals("}")) {
                    if (depth == 0) {
                        return false;
                    }
                    depth--;
                } else if (s.equals(",") && depth == 0) {
                    return false;
                }
            } else if (k.kind() == Token.Kind.NAME && depth == 0 && (k.text().equals("for") || k.text().equals("async"))) {
                return true;
            } else if (k.kind() == Token.Kind.NAME && k.text().equals("lambda")) {
                int d = 0;
                for (i++; i < tokens.size(); i++) {
                    Token p = tokens.get(i);
                    if (p.kind() == Token.Kind.OP && "([{".contains(p.text())) {
                        d++;
                    } else if (p.kind() == Token.Kind.OP && ")]}".contains(p.text())) {
                        d--;
                    } else if (p.kind() == Token.Kind.OP && p.text().equals(":") && d == 0) {
                        break;
                    } else if (p.kind() == Token.Kind.EOF) {
                        return false;
                    }
                }
            } else if (k.kind() == Token.Kind.EOF) {
                return false;
            }
        }
        return false;
    }

    Expr listAtom() {
        Token t = next();
        if (comprehensionAhead()) {
            return comprehensionDisplay(t, Functions.Comprehension.Kind.LIST, "]");
        }
        List<Expr> items = new ArrayList<>();
        while (!atOp("]")) {
            items.add(starOrTest());
            if (!accept(",")) {
                break;
            }
        }
        expect("]");
        return at(new Exprs.ListDisplay(items.toArray(new Expr[0])), t);
    }

    Expr dictAtom() {
        Token t = next();
        if (accept("}")) {
            return at(new Exprs.DictDisplay(new Expr[0], new Expr[0]), t);
        }
        if (comprehensionAhead()) {
            return comprehensionDisplay(t, null, "}");
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        List<Expr> setItems = new ArrayList<>();
        boolean isDict = false;
        boolean first = true;
        while (!atOp("}")) {
            if (accept("**")) {
                isDict = true;
                keys.add(null);
                values.add(bitOr());
            } else {
                Expr k = starOrTest();
                if (accept(":")) {
                    isDict = true;
                    keys.add(k);
                    values.add(test());
                } else {
                    if (isDict && !first) {
                        throw error(peek(), "':' expected after dictionary key");
                    }
                    setItems.add(k);
                }
            }
            first = false;
            if (!accept(",")) {
                break;
            }
        }
        expect("}");
        if (isDict) {
            return at(new Exprs.DictDisplay(keys.toArray(new Expr[0]), values.toArray(new Expr[0])), t);
        }
        return at(new Exprs.SetDisplay(setItems.toArray(new Expr[0])), t);
    }

    /** Inside braces: whether a ':' comes before the first 'for' at this depth (a dict comprehension, for error messages). */
    private boolean colonBeforeFor() {
        int depth = 0;
        for (int i = pos; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            if (k.kind() == Token.Kind.OP && "([{".contains(k.text())) {
                depth++;
            } else if (k.kind() == Token.Kind.OP && ")]}".contains(k.text())) {
                if (--depth < 0) {
                    return false;
                }
            } else if (depth == 0 && (k.is(":") || k.is("for"))) {
                return k.is(":");
            }
        }
        return false;
    }

    /** {@code [elt for ...]}, {@code {k: v for ...}} or {@code {elt for ...}}; a null kind: a set or dict, decided by the first ':'. */
    Expr comprehensionDisplay(Token t, Functions.Comprehension.Kind kind, String close) {
        Scope outer = scope;
        String name = kind == Functions.Comprehension.Kind.LIST ? "<listcomp>" : kind == Functions.Comprehension.Kind.SET
            ? "<setcomp>" : kind == Functions.Comprehension.Kind.DICT || colonBeforeFor() ? "<dictcomp>" : "<setcomp>";
        Scope comp = new Scope(Scope.Kind.COMP, outer, name, null);
        scope = comp;
        Expr key = null;
        Expr elt;
        try {
            elt = namedExprTest();
            if (kind == null) {
                if (accept(":")) {
                    key = elt;
                    elt = test();
                    kind = Functions.Comprehension.Kind.DICT;
                } else {
                    kind = Functions.Comprehension.Kind.SET;
                }
            }
        } finally {
            scope = outer;
        }
        Expr r = comprehension(elt, t, kind, comp, key);
        expect(close);
        return r;
    }

    Expr comprehension(Expr elt, Token t, Functions.Comprehension.Kind kind, Scope compScope) {
        return comprehension(elt, t, kind, compScope, null);
    }


    /**
     * Parses the {@code for ... in ... if ...} clauses of a list, set or dict comprehension, inlined
     * in the current frame (a generator expression is {@link #genExpFrom}: its own generator function).
     */
    Expr comprehension(Expr elt, Token t, Functions.Comprehension.Kind kind, Scope compScope, Expr key) {
        Scope outer = scope;
        int mark = suspendPoints;
        List<ForClause> clauses = new ArrayList<>();
        boolean firstClause = true;
        while (at("for") || at("async") && peek(1).is("for")) {
            boolean async = asyncClause(compScope);
            Token ft = next();
            scope = compScope;
            Token targetStart = peek();
            Expr target = exprList();
            toTarget(target, targetStart, TargetUse.TARGET);
            expect("in");
            scope = firstClause ? outer : compScope;
            Expr iter = orTest();
            scope = compScope;
            List<Expr> conds = new ArrayList<>();
            while (at("if")) {
                next();
                conds.add(testNoCond());
            }
            clauses.add(new ForClause(target, iter, conds, ft));
            clauses.get(clauses.size() - 1).async = async;
            firstClause = false;
            scope = outer;
        }
        scope = compScope;
        int resultSlot = scope.newSlot();
        Stmt inner = at(new Stmts.CompAppend(resultSlot, key, elt), t);
        Stmt loop = buildLoops(clauses, inner, null);
        scope = outer;
        Functions.Comprehension c = new Functions.Comprehension(kind, resultSlot, loop);
        // a yield can only be in the first iterable (evaluated by the inlined loop), or an await anywhere
        c.suspends = compScope.suspends || suspendPoints != mark;
        Scope cs = compScope;
        outer.fixups.add(() -> {
            c.cellSlots = cs.compCellSlots();
            c.localSlots = cs.compLocalSlots();
        });
        return at(c, t);
    }

    Stmt buildLoops(List<ForClause> clauses, Stmt inner, Expr firstIterOverride) {
        Stmt body = inner;
        for (int i = clauses.size() - 1; i >= 0; i--) {
            ForClause c = clauses.get(i);
            for (int j = c.conds.size() - 1; j >= 0; j--) {
                Stmts.If f = new Stmts.If(c.conds.get(j), body, null, scope.newState());
                scope.resumables.add(f);
                f.line = c.tok.line();
                body = f;
            }
            Expr iter = i == 0 && firstIterOverride != null ? firstIterOverride : c.iter;
            if (c.async) {
                Stmt aloop = new dev.gilspy.interp.nodes.AsyncStmts.AsyncFor((Target) c.target, iter, body, null,
                    scope.newSlot(), scope.newSlot(), scope.newState());
                aloop.line = c.tok.line();
                markLoops();
                body = aloop;
                continue;
            }
            Stmts.For loop = new Stmts.For((Target) c.target, iter, body, null, scope.newSlot(), scope.newState());
            markLoops();
            scope.resumables.add(loop);
            loop.line = c.tok.line();
            body = loop;
        }
        return body;
    }

    /** {@code async for} in a comprehension: only inside an async function; the comprehension then suspends. */
    private boolean asyncClause(Scope compScope) {
        if (!at("async")) {
            return false;
        }
        Token a = next();
        Scope saved = scope;
        scope = compScope;
        try {
            if (!inAsyncFunction()) {
                throw error(a, "asynchronous comprehension outside of an asynchronous function");
            }
            suspendPoints++;
            markSuspendingComprehension();
        } finally {
            scope = saved;
        }
        return true;
    }

    abstract boolean inAsyncFunction();
    abstract void markSuspendingComprehension();

    // Generator expressions are detected before their element is parsed, so the element's names
    // land in the generator's own scope: see parenAtom/callArgs which call genExpFrom.
    Expr genExpFrom(Token t, String close) {
        CodeBuilder code = new CodeBuilder("<genexpr>", file, t.line());
        code.qualname(qualPrefix + "<genexpr>");
        Scope outer = scope;
        Scope gs = new Scope(Scope.Kind.FUNCTION, outer, "<genexpr>", code);
        gs.generator = true;
        scope = gs;
        Expr firstIter;
        Functions.MakeFunction make;
        boolean asyncFirst = false;
        try {
            scope.declareLocal(".0");
            code.addPositional();
            code.paramNames(new String[] {".0"});
            int mark = suspendPoints;
            Expr elt = namedExprTest();
            List<ForClause> clauses = new ArrayList<>();
            Expr first = null;
            boolean firstClause = true;
            while (at("for") || at("async") && peek(1).is("for")) {
                boolean async = asyncClause(gs);
                asyncFirst |= async && firstClause;
                Token ft = next();
                Token targetStart = peek();
                Expr target = exprList();
                toTarget(target, targetStart, TargetUse.TARGET);
                expect("in");
                Expr iter;
                if (firstClause) {
                    scope = outer;
                    first = orTest();
                    scope = gs;
                    iter = scope.ref(".0", ft.line());
                } else {
                    iter = orTest();
                }
                List<Expr> conds = new ArrayList<>();
                while (at("if")) {
                    next();
                    conds.add(testNoCond());
                }
                clauses.add(new ForClause(target, iter, conds, ft));
                clauses.get(clauses.size() - 1).async = async;
                firstClause = false;
            }
            firstIter = first;
            Stmt y = gs.async ? new Stmts.ExprStmt(new dev.gilspy.interp.nodes.YieldExprs.Yield(elt, gs.newSlot(), true))
                : new Stmts.Yield(elt, null);
            y.line = t.line();
            if (suspendPoints != mark && dev.gilspy.interp.nodes.YieldSpill.prepare(y, gs::newSlot)) {
                y = dev.gilspy.interp.nodes.YieldSpill.suspending(y);
            }
            Stmt loop = buildLoops(clauses, y, null);
            List<Stmt> body = new ArrayList<>();
            body.add(loop);
            code.body(suite(body), null);
            make = new Functions.MakeFunction(code, new Expr[0], new String[0], new Expr[0]);
            Functions.MakeFunction mk = make;
            outer.fixups.add(() -> mk.captureSlots = captureSlots(outer, gs));
        } finally {
            scope = outer;
        }
        Functions.GenExp ge = new Functions.GenExp(make, firstIter);
        ge.asyncFirst = asyncFirst;
        return at(ge, t);
    }
}

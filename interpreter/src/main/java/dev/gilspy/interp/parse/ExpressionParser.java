package dev.gilspy.interp.parse;

import dev.gilspy.interp.nodes.Calls;
import dev.gilspy.interp.nodes.Expr;
import dev.gilspy.interp.nodes.Exprs;
import dev.gilspy.interp.nodes.Functions;
import dev.gilspy.interp.nodes.Stmt;
import dev.gilspy.interp.nodes.Stmts;
import dev.gilspy.interp.nodes.Target;
import dev.gilspy.interp.runtime.BinOp;
import dev.gilspy.interp.runtime.Code;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyComplex;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.Types;
import java.util.ArrayList;
import java.util.List;

/** Expressions: operators by precedence, primaries and atoms, displays and comprehensions, lambdas. */
abstract class ExpressionParser extends ParserBase {
    ExpressionParser(List<Token> tokens, String file, String source) {
        super(tokens, file, source);
    }

    // ---------------------------------------------------------------- expressions

    /** {@code a, b, *c} as an expression (a tuple when there is a comma). */
    Expr testListStarExpr() {
        Token t = peek();
        Expr first = starOrTest();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (endOfExprList()) {
                break;
            }
            items.add(starOrTest());
        }
        return at(new Exprs.TupleDisplay(items.toArray(new Expr[0])), t);
    }

    boolean endOfExprList() {
        Token t = peek();
        return t.kind() == Token.Kind.NEWLINE || t.kind() == Token.Kind.EOF
            || (t.kind() == Token.Kind.OP && (t.text().equals("=") || t.text().equals(")") || t.text().equals("]")
            || t.text().equals("}") || t.text().equals(";") || t.text().equals(":") || (t.text().endsWith("=") && t.text().length() == 2 && !t.text().equals("==")))) || t.is("in");
    }

    Expr starOrTest() {
        Token t = peek();
        if (accept("*")) {
            return at(new Exprs.Starred(bitOr()), t);
        }
        return namedExprTest();
    }

    /** Targets of a {@code for}: bitwise-or expressions separated by commas. */
    Expr exprList() {
        Token t = peek();
        Expr first = atOp("*") ? starOrTest() : bitOr();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (at("in") || atOp("=")) {
                break;
            }
            items.add(atOp("*") ? starOrTest() : bitOr());
        }
        return at(new Exprs.TupleDisplay(items.toArray(new Expr[0])), t);
    }

    Expr namedExprTest() {
        Token t = peek();
        if (t.kind() == Token.Kind.NAME && peek(1).kind() == Token.Kind.OP && peek(1).text().equals(":=")) {
            String n = expectName();
            next();
            Expr value = test();
            Scope s = scope;
            while (s.kind == Scope.Kind.COMP) {
                s = s.parent;
            }
            Scope saved = scope;
            scope = s;
            Exprs.Name target = nameTarget(n, t);
            scope = saved;
            return at(new Exprs.NamedExpr(target, value), t);
        }
        return test();
    }

    Expr test() {
        Token t = peek();
        if (at("lambda")) {
            return lambda();
        }
        if (at("yield")) {
            return yieldNotSupported();
        }
        Expr e = orTest();
        if (at("if") ) {
            next();
            Expr cond = orTest();
            expect("else");
            enterChain();
            Expr orelse;
            try {
                orelse = test();
            } finally {
                chainDepth--;
            }
            return at(new Exprs.IfExp(cond, e, orelse), t);
        }
        return e;
    }

    Expr testNoCond() {
        if (at("lambda")) {
            return lambda();
        }
        return orTest();
    }

    /**
     * Lambdas nested deeper than this are refused: CPython 3.11's parser runs out of its stack
     * (a MemoryError) at 2984 nested lambdas in {@code f = lambda: ...} (2985 in a bare expression
     * statement; its limit counts parser frames, not lambdas, so this one is approximate), and
     * gilspy's qualnames, one prefix per level, would otherwise grow quadratically (10k levels took
     * 1.8 s, 40k exhausted the heap).
     */
    static final int MAX_LAMBDA_DEPTH = 2983;

    int lambdaDepth;

    /**
     * Chains of unary operators, {@code not} and conditional expressions ({@code not not ... x},
     * {@code - - ... x}, {@code a if b else a if b else ...}) nest as deep as they are long.
     * CPython 3.11 compiles 2992 levels, refuses 2993 with a RecursionError from its compiler, and
     * from 5968 levels its parser runs out of stack (MemoryError).
     */
    static final int CHAIN_RECURSION_ERROR = 2993;
    static final int CHAIN_MEMORY_ERROR = 5968;
    int chainDepth;
    int maxChainDepth;

    private void enterChain() {
        if (++chainDepth >= CHAIN_MEMORY_ERROR) {
            throw new SyntaxError("MemoryError", "", file, peek().line(), peek().col(), null);
        }
        maxChainDepth = Math.max(maxChainDepth, chainDepth);
    }

    Expr lambda() {
        if (lambdaDepth >= MAX_LAMBDA_DEPTH) {
            throw new SyntaxError("MemoryError", "", file, peek().line(), peek().col(), null);
        }
        lambdaDepth++;
        try {
            return lambdaAfterDepthCheck();
        } finally {
            lambdaDepth--;
        }
    }

    private Expr lambdaAfterDepthCheck() {
        Token t = next();
        List<Param> params = parameters(":");
        Code code = new Code("<lambda>", file, t.line());
        code.qualname = qualPrefix + "<lambda>";
        return at(functionBody(code, params, () -> {
            expect(":");
            int mark = suspendPoints;
            Expr body = test();
            Stmt r = new Stmts.Return(body);
            r.line = t.line();
            if (suspendPoints != mark && dev.gilspy.interp.nodes.YieldSpill.prepare(r, scope::newSlot)) {
                r = dev.gilspy.interp.nodes.YieldSpill.suspending(r);
            }
            List<Stmt> b = new ArrayList<>();
            b.add(r);
            return suite(b);
        }, qualPrefix + "<lambda>.<locals>."), t);
    }

    Expr orTest() {
        Token t = peek();
        Expr e = andTest();
        while (at("or")) {
            next();
            e = at(new Exprs.Or(e, andTest()), t);
        }
        return e;
    }

    Expr andTest() {
        Token t = peek();
        Expr e = notTest();
        while (at("and")) {
            next();
            e = at(new Exprs.And(e, notTest()), t);
        }
        return e;
    }

    Expr notTest() {
        Token t = peek();
        if (at("not")) {
            next();
            enterChain();
            try {
                return at(new Exprs.Unary("not", notTest()), t);
            } finally {
                chainDepth--;
            }
        }
        return comparison();
    }

    String compOp() {
        Token t = peek();
        if (t.kind() == Token.Kind.OP) {
            switch (t.text()) {
                case "<", ">", "==", ">=", "<=", "!=" -> {
                    next();
                    return t.text();
                }
                default -> {
                    return null;
                }
            }
        }
        if (t.is("in")) {
            next();
            return "in";
        }
        if (t.is("not") && peek(1).is("in")) {
            next();
            next();
            return "not in";
        }
        if (t.is("is")) {
            next();
            if (accept("not")) {
                return "is not";
            }
            return "is";
        }
        return null;
    }

    Expr comparison() {
        Token t = peek();
        Expr first = bitOr();
        String op = compOp();
        if (op == null) {
            return first;
        }
        List<Expr> operands = new ArrayList<>();
        List<String> ops = new ArrayList<>();
        operands.add(first);
        while (op != null) {
            ops.add(op);
            operands.add(bitOr());
            checkIs(op, operands.get(operands.size() - 2), operands.get(operands.size() - 1), t.line());
            op = compOp();
        }
        if (ops.size() == 1) {
            return at(new Exprs.Cmp(ops.get(0), operands.get(0), operands.get(1)), t);
        }
        Exprs.Cmp[] cmps = new Exprs.Cmp[ops.size()];
        for (int i = 0; i < cmps.length; i++) {
            cmps[i] = new Exprs.Cmp(ops.get(i), null, null);
        }
        return at(new Exprs.CompareChain(operands.toArray(new Expr[0]), cmps), t);
    }

    Expr binary(java.util.function.Supplier<Expr> sub, String... ops) {
        Token t = peek();
        Expr e = sub.get();
        while (true) {
            Token o = peek();
            if (o.kind() != Token.Kind.OP) {
                return e;
            }
            String found = null;
            for (String op : ops) {
                if (o.text().equals(op)) {
                    found = op;
                    break;
                }
            }
            if (found == null) {
                return e;
            }
            next();
            e = at(new Exprs.Binary(BinOp.fromSymbol(found), e, sub.get()), o);
        }
    }

    Expr bitOr() { return binary(this::bitXor, "|"); }
    Expr bitXor() { return binary(this::bitAnd, "^"); }
    Expr bitAnd() { return binary(this::shift, "&"); }
    Expr shift() { return binary(this::arith, "<<", ">>"); }
    Expr arith() { return binary(this::term, "+", "-"); }
    Expr term() { return binary(this::factor, "*", "/", "//", "%", "@"); }

    Expr factor() {
        Token t = peek();
        if (t.kind() == Token.Kind.OP && (t.text().equals("-") || t.text().equals("+") || t.text().equals("~"))) {
            next();
            enterChain();
            Expr operand;
            try {
                operand = factor();
            } finally {
                chainDepth--;
            }
            if (t.text().equals("-") && operand instanceof Exprs.Const c && (c.value instanceof Long || c.value instanceof Double
                || c.value instanceof java.math.BigInteger)) {
                Object v = c.value;
                Object neg = v instanceof Long l ? (l == Long.MIN_VALUE ? (Object) java.math.BigInteger.valueOf(l).negate() : (Object) (-l))
                    : v instanceof Double d ? (Object) (-d) : Ops.normalize(((java.math.BigInteger) v).negate());
                return at(new Exprs.Const(neg), t);
            }
            return at(new Exprs.Unary(t.text(), operand), t);
        }
        return power();
    }

    Expr power() {
        Token t = peek();
        Expr base = primary();
        if (atOp("**")) {
            next();
            Expr exp = factor();
            return at(new Exprs.Binary(BinOp.POW, base, exp), t);
        }
        return base;
    }

    Expr primary() {
        if (at("await")) {
            return await();
        }
        Expr e = atom();
        while (true) {
            Token t = peek();
            if (atOp(".")) {
                next();
                String name = expectName();
                if (atOp("(")) {
                    Token p = next();
                    Calls.Call shape = callArgs(e, p);
                    e = at(new Calls.CallMethod(e, name, shape), t);
                } else {
                    e = at(new Exprs.Attribute(e, name), t);
                }
            } else if (atOp("(")) {
                next();
                checkCaller(e);
                e = callArgs(e, t);
            } else if (atOp("[")) {
                next();
                checkSubscripter(e);
                Expr idx = subscriptList();
                expect("]");
                e = at(new Exprs.Subscript(e, idx), t);
            } else {
                return e;
            }
        }
    }

    Calls.Call callArgs(Expr fn, Token t) {
        List<Expr> args = new ArrayList<>();
        List<String> kwn = new ArrayList<>();
        List<Expr> kwv = new ArrayList<>();
        Expr starArgs = null;
        Expr starKw = null;
        while (!atOp(")")) {
            Token a = peek();
            if (accept("**")) {
                if (starKw != null) {
                    kwn.add(null);
                }
                starKw = mergeKw(starKw, test());
            } else if (accept("*")) {
                args.add(at(new Exprs.Starred(test()), a));
            } else if (a.kind() == Token.Kind.NAME && peek(1).kind() == Token.Kind.OP && peek(1).text().equals("=")) {
                next();
                next();
                kwn.add(a.text());
                kwv.add(test());
            } else {
                Expr arg = comprehensionAhead() ? genExpFrom(a, ")") : namedExprTest();
                if (!kwn.isEmpty()) {
                    throw error(a, "positional argument follows keyword argument");
                }
                args.add(arg);
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        kwn.removeIf(java.util.Objects::isNull);
        return at(new Calls.Call(fn, args.toArray(new Expr[0]), kwn.toArray(new String[0]), kwv.toArray(new Expr[0]),
            starArgs, starKw), t);
    }

    Expr mergeKw(Expr prev, Expr next) {
        if (prev == null) {
            return next;
        }
        return new Exprs.DictDisplay(new Expr[] {null, null}, new Expr[] {prev, next});
    }

    Expr subscriptList() {
        Token t = peek();
        Expr first = starredSubscript();
        if (!atOp(",")) {
            return first instanceof Exprs.Starred ? at(new Exprs.TupleDisplay(new Expr[] {first}), t) : first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (atOp("]")) {
                break;
            }
            items.add(starredSubscript());
        }
        return at(new Exprs.TupleDisplay(items.toArray(new Expr[0])), t);
    }

    /** PEP 646: {@code a[*x]}, {@code Generic[*Ts]}: a starred item makes the index a tuple. */
    private Expr starredSubscript() {
        if (atOp("*")) {
            Token s = next();
            return at(new Exprs.Starred(bitOr()), s);
        }
        return subscript();
    }

    Expr subscript() {
        Token t = peek();
        Expr lo = null;
        if (!atOp(":")) {
            lo = namedExprTest();
            if (!atOp(":")) {
                return lo;
            }
        }
        next();
        Expr hi = atOp(":") || atOp("]") || atOp(",") ? null : test();
        Expr step = null;
        if (accept(":")) {
            step = atOp("]") || atOp(",") ? null : test();
        }
        return at(new Exprs.Slice(lo, hi, step), t);
    }

    Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case INT, FLOAT:
                next();
                return at(new Exprs.Const(t.value() instanceof Imaginary im ? new PyComplex(0.0, im.value()) : t.value()), t);
            case STRING, FSTRING, BYTES:
                return strings();
            case NAME:
                switch (t.text()) {
                    case "None": next(); return at(new Exprs.Const(PyNone.NONE), t);
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
                    case "...": next(); return at(new Exprs.Const(Types.ELLIPSIS), t);
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
            return comprehensionDisplay(t, 0, "]");
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
            return comprehensionDisplay(t, -1, "}");
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

    /** {@code [elt for ...]}, {@code {k: v for ...}} or {@code {elt for ...}}: kind 0 list, 1 set, 2 dict; -1 = decide. */
    Expr comprehensionDisplay(Token t, int kind, String close) {
        Scope outer = scope;
        Scope comp = new Scope(Scope.Kind.COMP, outer, "<listcomp>", null);
        scope = comp;
        Expr key = null;
        Expr elt;
        try {
            elt = namedExprTest();
            if (kind < 0) {
                if (accept(":")) {
                    key = elt;
                    elt = test();
                    kind = 2;
                } else {
                    kind = 1;
                }
            }
        } finally {
            scope = outer;
        }
        Expr r = comprehension(elt, t, kind, comp, key);
        expect(close);
        return r;
    }

    Expr comprehension(Expr elt, Token t, int kind, Scope compScope) {
        return comprehension(elt, t, kind, compScope, null);
    }


    /**
     * Parses the {@code for ... in ... if ...} clauses. Kinds 0-2 are inlined in the current frame;
     * kind 3 is a generator expression (its own generator function, first iterable evaluated outside).
     */
    Expr comprehension(Expr elt, Token t, int kind, Scope compScope, Expr key) {
        Scope outer = scope;
        int mark = suspendPoints;
        List<ForClause> clauses = new ArrayList<>();
        boolean firstClause = true;
        while (at("for") || at("async") && peek(1).is("for")) {
            boolean async = asyncClause(compScope);
            Token ft = next();
            scope = compScope;
            Expr target = exprList();
            toTarget(target, ft);
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
        outer.fixups.add(() -> c.cellSlots = cs.compCellSlots());
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
        Code code = new Code("<genexpr>", file, t.line());
        code.qualname = qualPrefix + "<genexpr>";
        Scope outer = scope;
        Scope gs = new Scope(Scope.Kind.FUNCTION, outer, "<genexpr>", code);
        gs.generator = true;
        scope = gs;
        Expr firstIter;
        Functions.MakeFunction make;
        boolean asyncFirst = false;
        try {
            scope.declareLocal(".0");
            code.argcount = 1;
            code.paramNames = new String[] {".0"};
            int mark = suspendPoints;
            Expr elt = namedExprTest();
            List<ForClause> clauses = new ArrayList<>();
            Expr first = null;
            boolean firstClause = true;
            while (at("for") || at("async") && peek(1).is("for")) {
                boolean async = asyncClause(gs);
                asyncFirst |= async && firstClause;
                Token ft = next();
                Expr target = exprList();
                toTarget(target, ft);
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
            code.body = suite(body);
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

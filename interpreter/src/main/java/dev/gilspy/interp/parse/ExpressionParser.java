package dev.gilspy.interp.parse;

import dev.gilspy.interp.nodes.Calls;
import dev.gilspy.interp.nodes.CodeBuilder;
import dev.gilspy.interp.nodes.Constants;
import dev.gilspy.interp.nodes.Expr;
import dev.gilspy.interp.nodes.Exprs;
import dev.gilspy.interp.nodes.Stmt;
import dev.gilspy.interp.nodes.Stmts;
import java.util.ArrayList;
import java.util.List;

/** Expressions: operators by precedence, primaries, calls and subscripts, lambdas; atoms and displays are in {@link DisplayParser}. */
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
        CodeBuilder code = new CodeBuilder("<lambda>", file, t.line());
        code.qualname(qualPrefix + "<lambda>");
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

    /**
     * The binary operators' precedence levels, loosest first: 1 {@code |}, 2 {@code ^}, 3 {@code &},
     * 4 shifts, 5 {@code + -}, 6 {@code * / // % @}; 0 for any other token.
     */
    static int binaryLevel(Token o) {
        if (o.kind() != Token.Kind.OP) {
            return 0;
        }
        return switch (o.text()) {
            case "|" -> 1;
            case "^" -> 2;
            case "&" -> 3;
            case "<<", ">>" -> 4;
            case "+", "-" -> 5;
            case "*", "/", "//", "%", "@" -> 6;
            default -> 0;
        };
    }

    /**
     * The binary operators of level {@code minLevel} and above after a first operand {@code e}, by
     * precedence climbing, all left-associative. The grammar's one rule per level (bitOr over bitXor
     * over ... term over factor) made six nested calls for every operand, most of which have no
     * operator after them; on a cold JVM, where the library's start-up parse runs in the bytecode
     * interpreter, those frames were a fifth of the parser's time. The tree is the one the rules
     * give, and so is the left-chain depth noted at each operator (a run of one level's operators,
     * which an operator of a looser level ends).
     */
    Expr binaryFrom(Expr e, int minLevel) {
        int level = binaryLevel(peek());
        if (level < minLevel) { // also 0: no binary operator follows (the common case)
            return e;
        }
        int[] run = new int[7];
        while (level >= minLevel) {
            Token o = next();
            Expr right = factor();
            int after = binaryLevel(peek());
            if (after > level) {
                right = binaryFrom(right, level + 1);
                after = binaryLevel(peek());
            }
            e = at(new Exprs.Binary(o.text(), e, right), o);
            run[level]++;
            java.util.Arrays.fill(run, level + 1, run.length, 0);
            noteLeftChain(chainDepth + run[level]);
            level = after;
        }
        return e;
    }

    Expr bitOr() { return binaryFrom(factor(), 1); }
    Expr arith() { return binaryFrom(factor(), 5); }

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
                return at(new Exprs.Const(Constants.negate(c.value)), t);
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
            return at(new Exprs.Binary("**", base, exp), t);
        }
        return base;
    }

    Expr primary() {
        if (at("await")) {
            return await();
        }
        Expr e = atom();
        int levels = 1; // the atom: a name, as CPython's AST counts it
        while (true) {
            Token t = peek();
            noteLeftChain(chainDepth + levels++);
            if (atOp(".")) {
                next();
                String name = scope.mangle(expectName());
                if (atOp("(")) {
                    Token p = next();
                    Calls.Call shape = callArgs(e, p);
                    e = at(new Calls.CallMethod(e, name, shape), t);
                    levels++; // an attribute and a call in CPython's AST
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
        Token bareGenexp = null;
        int count = 0;
        boolean trailingComma = false;
        while (!atOp(")")) {
            Token a = peek();
            count++;
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
                if (kwn.contains(a.text())) {
                    throw error(a, "keyword argument repeated: " + a.text());
                }
                kwn.add(a.text());
                kwv.add(test());
            } else {
                boolean genexp = comprehensionAhead();
                Expr arg = genexp ? genExpFrom(a, ")") : namedExprTest();
                if (genexp) {
                    bareGenexp = a;
                }
                if (!kwn.isEmpty()) {
                    throw error(a, "positional argument follows keyword argument");
                }
                args.add(arg);
            }
            trailingComma = accept(",");
            if (!trailingComma) {
                break;
            }
        }
        if (bareGenexp != null && (count > 1 || trailingComma)) {
            throw error(bareGenexp, "Generator expression must be parenthesized");
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

    abstract Expr atom();

    /** True when the bracket just opened holds a comprehension ({@code for} at depth 0 before a comma). */
    abstract boolean comprehensionAhead();

    abstract Expr genExpFrom(Token t, String close);
}

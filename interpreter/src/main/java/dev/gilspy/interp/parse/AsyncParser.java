package dev.gilspy.interp.parse;

import dev.gilspy.interp.nodes.AsyncStmts;
import dev.gilspy.interp.nodes.DeferredStmt;
import dev.gilspy.interp.nodes.Expr;
import dev.gilspy.interp.nodes.Stmt;
import dev.gilspy.interp.nodes.Target;
import dev.gilspy.interp.nodes.YieldExprs;
import dev.gilspy.interp.nodes.YieldSpill;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules that suspend a frame: {@code yield} and {@code yield from} as expressions,
 * {@code await}, and the {@code async def/for/with} statements. Each yield or await counts in
 * {@link #suspendPoints}; a statement during which that count grew goes through
 * {@link YieldSpill} ({@link #spillIfSuspends}).
 */
abstract class AsyncParser extends StringParser {
    AsyncParser(List<Token> tokens, String file, String source) {
        super(tokens, file, source);
    }

    abstract Stmt block();
    abstract Stmt loopBody(Token t);
    abstract Stmt funcDef(Expr[] decorators);

    /** The statements {@code out[from..]}, parsed while the yield count went from {@code mark}, become resumable. */
    void spillIfSuspends(List<Stmt> out, int from, int mark) {
        if (suspendPoints == mark) {
            return;
        }
        for (int i = from; i < out.size(); i++) {
            Stmt s = out.get(i);
            if (YieldSpill.prepare(s instanceof DeferredStmt d ? d.delegate() : s, scope::newSlot)) {
                out.set(i, YieldSpill.suspending(s));
            }
        }
    }

    /** Where a yield may appear: in a function, not in a comprehension or generator expression. */
    private void checkYieldScope(Token y) {
        if (scope.kind == Scope.Kind.COMP) {
            throw error(y, "'yield' inside " + compKind(scope));
        }
        if (scope.kind != Scope.Kind.FUNCTION) {
            throw error(y, "'yield' outside function");
        }
        if (scope.code != null && scope.code.name().equals("<genexpr>")) {
            throw error(y, "'yield' inside generator expression");
        }
        scope.generator = true;
    }

    private static String compKind(Scope s) {
        return switch (s.name) {
            case "<setcomp>" -> "set comprehension";
            case "<dictcomp>" -> "dict comprehension";
            default -> "list comprehension";
        };
    }

    /** {@code yield [value]} or {@code yield from it}, as an expression. */
    @Override
    Expr yieldExpr() {
        Token y = next();
        checkYieldScope(y);
        suspendPoints++;
        if (accept("from")) {
            if (scope.async) {
                throw error(y, "'yield from' inside async function");
            }
            Expr it = test();
            return at(new YieldExprs.YieldFrom(it, scope.newSlot(), false), y);
        }
        Expr v = endOfYieldValue() ? null : testListStarExpr();
        return at(new YieldExprs.Yield(v, scope.newSlot(), scope.async), y);
    }

    private boolean endOfYieldValue() {
        Token t = peek();
        return t.kind() == Token.Kind.NEWLINE || t.kind() == Token.Kind.EOF
            || t.kind() == Token.Kind.OP && (t.text().equals(")") || t.text().equals("]") || t.text().equals("}")
            || t.text().equals(";") || t.text().equals("=") || t.text().equals(":") || t.text().equals("!"));
    }

    /** Whether an await (or async for/with) may appear here: in an async function, or a comprehension inside one. */
    boolean inAsyncFunction() {
        Scope s = scope.frameOwner();
        if (!s.async && s.code != null && s.code.name().equals("<genexpr>")) {
            s.async = true; // an await or async for makes a generator expression an async generator
        }
        return s.async;
    }

    /** {@code await primary}. */
    Expr await() {
        Token t = next();
        if (!inAsyncFunction()) {
            throw error(t, scope.kind == Scope.Kind.FUNCTION || scope.kind == Scope.Kind.COMP
                ? "'await' outside async function" : "'await' outside function");
        }
        Expr v = primary();
        suspendPoints++;
        markSuspendingComprehension();
        return at(new YieldExprs.YieldFrom(v, scope.newSlot(), true), t);
    }

    /** An await inside a comprehension makes its inlined loop suspend. */
    void markSuspendingComprehension() {
        for (Scope s = scope; s.kind == Scope.Kind.COMP; s = s.parent) {
            s.suspends = true;
        }
    }

    /** {@code async def}, {@code async for}, {@code async with}. */
    Stmt asyncStmt(Expr[] decorators) {
        Token a = next();
        if (at("def")) {
            asyncDef = true;
            return funcDef(decorators);
        }
        if (decorators.length > 0) {
            throw error(peek(), "invalid syntax");
        }
        if (at("for")) {
            if (!inAsyncFunction()) {
                throw error(a, "'async for' outside async function");
            }
            return asyncFor(a);
        }
        if (at("with")) {
            if (!inAsyncFunction()) {
                throw error(a, "'async with' outside async function");
            }
            return asyncWith(a);
        }
        throw error(peek(), "invalid syntax");
    }

    private Stmt asyncFor(Token a) {
        Token t = next();
        Token start = peek();
        Expr targetExpr = exprList();
        Target target = toTarget(targetExpr, start, TargetUse.TARGET);
        expect("in");
        Expr iter = testListStarExpr();
        blockOwner = "'for' statement on line " + t.line();
        Stmt body = loopBody(t);
        Stmt orelse = null;
        if (at("else")) {
            Token e = next();
            blockOwner = "'else' statement on line " + e.line();
            orelse = block();
        }
        markLoops();
        return at(new AsyncStmts.AsyncFor(target, iter, body, orelse, scope.newSlot(), scope.newSlot(), scope.newState()), a);
    }

    /**
     * The items of a {@code with} or {@code async with} header, up to its colon: {@code a as x, b},
     * or the parenthesized form; a manager without {@code as} has a null target.
     */
    final void withItems(Token t, List<Expr> mgrs, List<Target> targets) {
        boolean paren = atOp("(") && parenthesizedWithItems();
        if (paren) {
            next();
        }
        do {
            if (paren && atOp(")")) {
                break;
            }
            mgrs.add(test());
            if (accept("as")) {
                Token start = peek();
                targets.add(toTarget(bitOrTarget(), start, TargetUse.TARGET));
            } else {
                targets.add(null);
            }
        } while (accept(","));
        if (paren) {
            expect(")");
        }
    }

    private Stmt asyncWith(Token a) {
        next();
        List<Expr> mgrs = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        withItems(a, mgrs, targets);
        blockOwner = "'with' statement on line " + a.line();
        Stmt body = block();
        for (int i = mgrs.size() - 1; i >= 0; i--) {
            body = at(new AsyncStmts.AsyncWith(mgrs.get(i), targets.get(i), body, scope.newSlot(), scope.newSlot(),
                scope.newSlot(), scope.newSlot(), scope.newState()), a);
        }
        return body;
    }

    abstract boolean parenthesizedWithItems();
    abstract Expr bitOrTarget();
}

package dev.gilspy.interp.parse;

import dev.gilspy.interp.nodes.Calls;
import dev.gilspy.interp.nodes.Constants;
import dev.gilspy.interp.nodes.Functions;
import dev.gilspy.interp.nodes.YieldExprs;
import dev.gilspy.interp.nodes.Definitions;
import dev.gilspy.interp.nodes.Expr;
import dev.gilspy.interp.nodes.Exprs;
import dev.gilspy.interp.nodes.SlotKind;
import dev.gilspy.interp.nodes.Stmt;
import dev.gilspy.interp.nodes.Stmts;
import dev.gilspy.interp.nodes.Target;
import dev.gilspy.interp.nodes.DeferredStmt;
import java.util.ArrayList;
import java.util.List;

/**
 * The simple statements, those that fit on one line ({@code return}, {@code raise}, {@code global},
 * {@code del}, {@code assert}, imports, expression statements and assignments), and the rules they
 * share with the compound ones: assignment targets and annotations. {@link Parser} adds the compound
 * statements and the module entry points.
 */
abstract class SimpleStatementParser extends AsyncParser {
    SimpleStatementParser(List<Token> tokens, String file, String source) {
        super(tokens, file, source);
    }

    void simpleStatements(List<Stmt> out) {
        int start;
        while (true) {
            start = pos;
            out.add(simpleStatement());
            if (accept(";")) {
                if (at(Token.Kind.NEWLINE)) {
                    break;
                }
                continue;
            }
            break;
        }
        if (!at(Token.Kind.NEWLINE)) {
            Token first = tokens.get(start);
            if (pos == start + 1 && first.kind() == Token.Kind.NAME && (first.text().equals("print") || first.text().equals("exec"))
                && startsExpression(peek()) && parsesAsExpressions()) {
                // pegen's invalid_legacy_expression: a Python 2 print or exec statement
                throw error(first, "Missing parentheses in call to '" + first.text() + "'. Did you mean " + first.text() + "(...)?");
            }
            throw error(peek(), "invalid syntax");
        }
        next();
    }

    /** Whether what follows parses as expressions (the parser is abandoned either way: this is an error path). */
    private boolean parsesAsExpressions() {
        Token t = peek();
        try {
            testListStarExpr();
            return true;
        } catch (SyntaxError e) {
            return false;
        }
    }

    private static boolean startsExpression(Token t) {
        return switch (t.kind()) {
            case NAME -> !isKeyword(t.text()) || t.text().equals("None") || t.text().equals("True") || t.text().equals("False")
                || t.text().equals("not") || t.text().equals("lambda") || t.text().equals("await");
            case INT, FLOAT, STRING, FSTRING, BYTES -> true;
            case OP -> t.text().equals("[") || t.text().equals("{") || t.text().equals("-") || t.text().equals("~")
                || t.text().equals("+") || t.text().equals("*");
            default -> false;
        };
    }

    /** CPython's compiler refuses a break or continue outside a loop body of the same function or class. */
    private Token inLoop(Token t, String msg) {
        if (scope.loops == 0) {
            throw error(t, msg);
        }
        return t;
    }

    Stmt simpleStatement() {
        Token t = peek();
        if (t.kind() == Token.Kind.NAME) {
            switch (t.text()) {
                case "pass": next(); return at(new Stmts.Pass(), t);
                case "break": next(); return at(new Stmts.Break(), inLoop(t, "'break' outside loop"));
                case "continue": next(); return at(new Stmts.Continue(), inLoop(t, "'continue' not properly in loop"));
                case "return": return returnStmt();
                case "raise": return raiseStmt();
                case "global": return globalStmt(false);
                case "nonlocal": return globalStmt(true);
                case "del": return delStmt();
                case "assert": return assertStmt();
                case "import": return importStmt();
                case "from": return fromImport();
                default: break;
            }
        }
        return exprStatement();
    }

    Stmt returnStmt() {
        Token t = next();
        if (scope.kind != Scope.Kind.FUNCTION) {
            throw error(t, "'return' outside function");
        }
        Expr v = at(Token.Kind.NEWLINE) || atOp(";") ? null : testListStarExpr();
        if (v != null && scope.returnWithValue == null) {
            scope.returnWithValue = t;
        }
        return at(new Stmts.Return(v), t);
    }

    Stmt raiseStmt() {
        Token t = next();
        if (at(Token.Kind.NEWLINE) || atOp(";")) {
            return at(new Stmts.Raise(null, null), t);
        }
        Expr e = test();
        Expr cause = accept("from") ? test() : null;
        return at(new Stmts.Raise(e, cause), t);
    }

    Stmt globalStmt(boolean nonlocal) {
        Token t = next();
        do {
            String n = scope.mangle(expectName());
            if (nonlocal) {
                if (scope.kind == Scope.Kind.MODULE) {
                    throw error(t, "nonlocal declaration not allowed at module level");
                }
                scope.nonlocals.add(n);
                scope.ref(n, t.line()); // a declared-only nonlocal still makes a closure cell
            } else {
                scope.globals.add(n);
            }
            scope.locals.remove(n);
        } while (accept(","));
        return at(new Definitions.Declaration(), t);
    }

    Stmt delStmt() {
        Token t = next();
        List<Target> targets = new ArrayList<>();
        do {
            Token start = peek();
            targets.add(toTarget(bitOr(), start, TargetUse.DELETION));
        } while (accept(",") && !at(Token.Kind.NEWLINE));
        return at(new Stmts.Del(targets.toArray(new Target[0])), t);
    }

    Stmt assertStmt() {
        Token t = next();
        Expr test = test();
        if (test instanceof Exprs.TupleDisplay tuple && tuple.items.length > 0) {
            warn(t.line(), "assertion is always true, perhaps remove parentheses?"); // compile.c compiler_assert
        }
        Expr msg = accept(",") ? test() : null;
        return at(new Stmts.Assert(test, msg), t);
    }

    String dottedName() {
        StringBuilder sb = new StringBuilder(expectName());
        while (accept(".")) {
            sb.append('.').append(expectName());
        }
        return sb.toString();
    }

    Stmt importStmt() {
        Token t = next();
        List<Stmt> stmts = new ArrayList<>();
        do {
            String mod = dottedName();
            if (accept("as")) {
                String alias = expectName();
                stmts.add(at(new Definitions.Import(mod, nameTarget(alias, t), false), t));
            } else {
                String top = mod.contains(".") ? mod.substring(0, mod.indexOf('.')) : mod;
                stmts.add(at(new Definitions.Import(mod, nameTarget(top, t), true), t));
            }
        } while (accept(","));
        if (stmts.size() == 1) {
            return stmts.get(0);
        }
        Stmts.Suite s = new Stmts.Suite(stmts.toArray(new Stmt[0]), scope.newState());
        s.line = t.line();
        return s;
    }

    Stmt fromImport() {
        Token t = next();
        int level = 0;
        while (atOp(".") || atOp("...")) {
            level += next().text().length();
        }
        String module = at("import") && level > 0 ? "" : dottedName();
        expect("import");
        Token star = peek();
        if (accept("*")) {
            if (scope.kind != Scope.Kind.MODULE) {
                throw error(star, "import * only allowed at module level"); // symtable.c
            }
            return at(new Definitions.ImportFrom(module, level, null, null), t);
        }
        boolean paren = accept("(");
        List<String> names = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        do {
            if (paren && atOp(")")) {
                break;
            }
            String n = expectName();
            String alias = accept("as") ? expectName() : n;
            names.add(n);
            targets.add(nameTarget(alias, t));
        } while (accept(","));
        if (paren) {
            expect(")");
        }
        if (module.equals("__future__") && names.contains("annotations")) {
            futureAnnotations = true;
        }
        return at(new Definitions.ImportFrom(module, level, names.toArray(new String[0]), targets.toArray(new Target[0])), t);
    }

    Exprs.Name nameTarget(String n, Token t) {
        scope.declareLocal(n);
        return scope.ref(n, t.line());
    }

    /** Expression statement, assignment (chained, tuple, starred), augmented or annotated assignment, yield. */
    Stmt exprStatement() {
        Token t = peek();
        if (at("yield")) {
            if (scope.async || !simpleYieldAhead()) {
                return at(new Stmts.ExprStmt(yieldExpr()), t);
            }
            return yieldStmt(null, t);
        }
        Expr first = testListStarExpr();
        if (atOp("=")) {
            List<Expr> chain = new ArrayList<>();
            chain.add(first);
            Expr value = null;
            while (accept("=")) {
                if (at("yield") && chain.size() == 1 && !scope.async && simpleYieldAhead()) {
                    return yieldStmt(toTarget(chain.get(0), t), t);
                }
                boolean bareYield = at("yield");
                value = bareYield ? yieldExpr() : testListStarExpr();
                if (bareYield && atOp("=")) {
                    // invalid_assignment's (star_targets '=')* yield_expr '=' (a parenthesized one is "cannot assign to")
                    throw error(t, "assignment to yield expression not possible");
                }
                chain.add(value);
            }
            chain.remove(chain.size() - 1);
            Target[] targets = new Target[chain.size()];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = toTarget(chain.get(i), t, i == 0 ? TargetUse.FIRST_ASSIGNMENT : TargetUse.TARGET);
            }
            if (targets.length == 1 && targets[0] instanceof Exprs.Name n && scope.kind != Scope.Kind.MODULE
                && scope.kind != Scope.Kind.CLASS) {
                Stmt s = new Stmts.Assign(targets, value);
                return at(deferLocalAssign(s, n, value), t);
            }
            return at(new Stmts.Assign(targets, value), t);
        }
        if (peek().kind() == Token.Kind.OP && peek().text().length() >= 2 && peek().text().endsWith("=")
            && !peek().text().equals("==") && !peek().text().equals("<=") && !peek().text().equals(">=")
            && !peek().text().equals("!=")) {
            Token opTok = next();
            String op = opTok.text().substring(0, opTok.text().length() - 1);
            if (!(first instanceof Exprs.Name || first instanceof Exprs.Attribute || first instanceof Exprs.Subscript)) {
                throw error(t, "'" + describe(first) + "' is an illegal expression for augmented assignment");
            }
            if (first instanceof Exprs.Name n) {
                scope.declareLocal(n.name);
            }
            Expr value = at("yield") ? yieldExpr() : testListStarExpr();
            return at(value instanceof Exprs.Const ? new Stmts.ConstAugAssign(first, op, value)
                : new Stmts.AugAssign(first, op, value), t);
        }
        if (atOp(":")) {
            next();
            if (first instanceof Exprs.TupleDisplay || first instanceof Exprs.ListDisplay) {
                throw error(t, "only single target (not " + (first instanceof Exprs.TupleDisplay ? "tuple" : "list")
                    + ") can be annotated");
            }
            if (first instanceof Calls.Call || first instanceof Exprs.Const) {
                throw error(t, "illegal target for annotation");
            }
            scope.frameOwner().annotations = true;
            if (scope.kind == Scope.Kind.CLASS) {
                scope.declareLocal("__annotations__"); // the class body reads its own, not the module's
            }
            Expr annotation = annotation();
            Stmt assign = null;
            if (accept("=")) {
                Expr value = at("yield") ? yieldExpr() : testListStarExpr();
                assign = at(new Stmts.Assign(new Target[] {toTarget(first, t)}, value), t);
            } else if (first instanceof Exprs.Name n && !t.is("(")) {
                scope.declareLocal(n.name); // a parenthesized name is not a simple target: it binds nothing
            }
            if (first instanceof Exprs.Name n && !t.is("(") && scope.kind != Scope.Kind.FUNCTION) {
                return at(new Definitions.Annotated(n.name, annotation, assign), t);
            }
            return assign != null ? assign : at(new Stmts.Pass(), t);
        }
        return at(new Stmts.ExprStmt(first), t);
    }

    /** Replaces {@code local = value} with the slot-store node once the name's slot is known. */
    Stmt deferLocalAssign(Stmt generic, Exprs.Name n, Expr value) {
        DeferredStmt d = new DeferredStmt(generic);
        scope.fixups.add(() -> {
            if (n.kind == SlotKind.LOCAL) {
                d.resolve(new Stmts.AssignLocal(n.slot, value));
            }
        });
        return d;
    }

    Expr yieldNotSupported() {
        throw error(peek(), "invalid syntax");
    }

    /**
     * A {@code yield} statement whose value holds no other yield or await, and that ends the
     * statement: it can be the plain {@link Stmts.Yield} node, which needs no replay.
     */
    boolean simpleYieldAhead() {
        int depth = 0;
        for (int i = pos + 1; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            if (k.kind() == Token.Kind.NEWLINE || k.kind() == Token.Kind.EOF) {
                return true;
            }
            if (k.kind() == Token.Kind.OP) {
                String x = k.text();
                if ("([{".contains(x)) {
                    depth++;
                } else if (")]}".contains(x)) {
                    depth--;
                } else if (depth == 0 && (x.equals("=") || x.equals(";"))) {
                    return false;
                }
            } else if (k.kind() == Token.Kind.NAME && (k.text().equals("yield") || k.text().equals("await")
                || k.text().equals("lambda"))) {
                return false;
            }
        }
        return true;
    }

    Stmt yieldStmt(Target target, Token t) {
        Token y = next();
        if (scope.kind != Scope.Kind.FUNCTION) {
            throw error(y, "'yield' outside function");
        }
        scope.generator = true;
        if (accept("from")) {
            Expr it = test();
            return at(new Stmts.YieldFrom(it, target, scope.newSlot()), t);
        }
        Expr v = at(Token.Kind.NEWLINE) || atOp(";") || atOp(")") ? null : testListStarExpr();
        return at(new Stmts.Yield(v, target), t);
    }

    /** What CPython's _PyPegen_get_expr_name calls an expression in "cannot assign to ...". */
    static String describe(Expr e) {
        if (e instanceof Calls.Call || e instanceof Calls.CallMethod) {
            return "function call";
        }
        if (e instanceof Exprs.Const c) {
            return c.value == Constants.NONE ? "None" : c.value == Boolean.TRUE ? "True"
                : c.value == Boolean.FALSE ? "False" : c.value == Constants.ELLIPSIS ? "ellipsis" : "literal";
        }
        if (e instanceof Exprs.TupleDisplay) {
            return "tuple";
        }
        if (e instanceof Exprs.Cmp || e instanceof Exprs.CompareChain) {
            return "comparison";
        }
        if (e instanceof Exprs.IfExp) {
            return "conditional expression";
        }
        if (e instanceof Exprs.NamedExpr) {
            return "named expression";
        }
        if (e instanceof Functions.MakeFunction) {
            return "lambda";
        }
        if (e instanceof Functions.GenExp) {
            return "generator expression";
        }
        if (e instanceof Functions.Comprehension c) {
            return c.kind.name().toLowerCase(java.util.Locale.ROOT) + " comprehension";
        }
        if (e instanceof YieldExprs.Yield || e instanceof YieldExprs.YieldFrom) {
            return "yield expression";
        }
        if (e instanceof Exprs.DictDisplay) {
            return "dict literal";
        }
        if (e instanceof Exprs.SetDisplay) {
            return "set display";
        }
        if (e instanceof Exprs.FString) {
            return "f-string expression";
        }
        return "expression";
    }


    /** Turns a parsed expression into an assignment target, declaring plain names as locals. */
    Target toTarget(Expr e, Token t) {
        return toTarget(e, t, TargetUse.FIRST_ASSIGNMENT);
    }

    Target toTarget(Expr e, Token t, TargetUse use) {
        if (e instanceof Exprs.Name n) {
            if (n.name.equals("__debug__")) {
                throw error(t, use == TargetUse.DELETION ? "cannot delete __debug__" : "cannot assign to __debug__");
            }
            scope.declareLocal(n.name);
            return n;
        }
        if (e instanceof Exprs.Attribute || e instanceof Exprs.Subscript) {
            return (Target) e;
        }
        TargetUse inner = use == TargetUse.DELETION ? use : TargetUse.TARGET;
        if (e instanceof Exprs.TupleDisplay td) {
            for (Expr x : td.items) {
                toTarget(x, t, inner);
            }
            return td;
        }
        if (e instanceof Exprs.ListDisplay ld) {
            for (Expr x : ld.items) {
                toTarget(x, t, inner);
            }
            return ld;
        }
        if (e instanceof Exprs.Starred s && use != TargetUse.DELETION) {
            toTarget(s.value, t, inner);
            return s;
        }
        String what = e instanceof Exprs.Starred ? "starred" : describe(e);
        if (use == TargetUse.DELETION) {
            throw error(t, "cannot delete " + what);
        }
        if (use == TargetUse.FIRST_ASSIGNMENT && bitwiseOrLevel(e)) {
            throw error(t, "cannot assign to " + what + " here. Maybe you meant '==' instead of '='?");
        }
        throw error(t, "cannot assign to " + what);
    }

    /** An expression CPython's bitwise_or rule takes whole (so invalid_named_expression sees it). */
    private static boolean bitwiseOrLevel(Expr e) {
        if (e instanceof Exprs.Const c) {
            return c.value != Constants.NONE && c.value != Boolean.TRUE && c.value != Boolean.FALSE;
        }
        return !(e instanceof Exprs.And || e instanceof Exprs.Or || e instanceof Exprs.Cmp
            || e instanceof Exprs.CompareChain || e instanceof Exprs.IfExp || e instanceof Exprs.NamedExpr
            || e instanceof Functions.MakeFunction || e instanceof Functions.GenExp || e instanceof Exprs.Unary u && u.isNot());
    }

    /** Set by {@code from __future__ import annotations} (PEP 563): annotations are kept as their text. */
    boolean futureAnnotations;

    /** An annotation: the expression, or under PEP 563 the string CPython would store for it. */
    Expr annotation() {
        int start = pos;
        Expr e = test();
        return futureAnnotations ? at(new Exprs.Const(AnnotationText.render(tokens, start, pos)), tokens.get(start)) : e;
    }
}

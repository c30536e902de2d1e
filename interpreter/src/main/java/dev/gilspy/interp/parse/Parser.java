package dev.gilspy.interp.parse;

import dev.gilspy.interp.runtime.Completion;

import dev.gilspy.interp.nodes.SlotKind;
import dev.gilspy.interp.nodes.Resumable;

import dev.gilspy.interp.runtime.BinOp;
import dev.gilspy.interp.runtime.Code;
import dev.gilspy.interp.nodes.Expr;
import dev.gilspy.interp.nodes.Exprs;
import dev.gilspy.interp.runtime.Frame;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.nodes.Stmt;
import dev.gilspy.interp.nodes.Stmts;
import dev.gilspy.interp.nodes.Target;
import dev.gilspy.interp.nodes.TryStmt;
import dev.gilspy.interp.runtime.Types;
import dev.gilspy.interp.nodes.WithStmt;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser that builds executable nodes directly, one method per grammar rule.
 * Names are recorded in the current {@link Scope} and resolved to slots once the module is parsed.
 */
public final class Parser {
    private List<Token> tokens;
    private int pos;
    private final String file;
    private final String[] lines;
    private Scope scope;
    private String qualPrefix = "";

    public Parser(List<Token> tokens, String file, String source) {
        this.tokens = tokens;
        this.file = file;
        this.lines = source.split("\n", -1);
    }

    /** Records that the code being parsed loops; a comprehension's loop runs in its enclosing code's frame. */
    private void markLoops() {
        Scope s = scope;
        while (s.code == null && s.parent != null) {
            s = s.parent;
        }
        if (s.code != null) {
            s.code.loops = true;
        }
    }

    /** Parses a whole module; returns its code (slots resolved). */
    public Code parseModule() {
        Code code = new Code("<module>", file, 1);
        scope = new Scope(Scope.Kind.MODULE, null, "<module>", code);
        List<Stmt> body = new ArrayList<>();
        while (!at(Token.Kind.EOF)) {
            if (at(Token.Kind.NEWLINE)) {
                pos++;
                continue;
            }
            statement(body);
        }
        Stmt moduleBody = suite(body);
        code.body = moduleBody;
        code.doc = docOf(moduleBody);
        module = code;
        return code;
    }

    private Code module;

    /**
     * The resolve step, once the whole module is parsed: each name becomes a frame slot, a cell or
     * a global ({@link Scope#resolveAll}), and generators' compound statements learn to resume.
     */
    public void resolveNames() {
        Scope.resolveAll(scope);
        module.syntaxWarnings = warnings.isEmpty() ? null : List.copyOf(warnings);
    }

    /** CPython's compile-time SyntaxWarnings, already in {@code warnings.showwarning}'s format. */
    private final List<String> warnings = new ArrayList<>();

    private void warn(int line, String msg) {
        String w = file + ":" + line + ": SyntaxWarning: " + msg + "\n  " + lineText(line).strip() + "\n";
        // the default warning filter shows one message per location
        if (!warnings.contains(w)) {
            warnings.add(w);
        }
    }

    /** The type a literal expression evaluates to, or null when it is not a literal (compile.c infer_type). */
    private static String literalType(Expr e) {
        if (e instanceof Exprs.Const c) {
            return c.value == Types.ELLIPSIS ? "ellipsis" : Ops.typeName(c.value);
        }
        if (e instanceof Exprs.TupleDisplay) {
            return "tuple";
        }
        if (e instanceof Exprs.ListDisplay) {
            return "list";
        }
        if (e instanceof Exprs.DictDisplay) {
            return "dict";
        }
        if (e instanceof Exprs.SetDisplay) {
            return "set";
        }
        if (e instanceof Exprs.Comprehension comp) {
            return comp.kind == 0 ? "list" : comp.kind == 1 ? "set" : "dict";
        }
        if (e instanceof Exprs.GenExp) {
            return "generator";
        }
        if (e instanceof Exprs.FString) {
            return "str";
        }
        return null;
    }

    /** compile.c check_caller: calling a literal is almost always a missing comma. */
    private void checkCaller(Expr fn) {
        String type = literalType(fn);
        if (type != null) {
            warn(fn.line, "'" + type + "' object is not callable; perhaps you missed a comma?");
        }
    }

    /** compile.c check_subscripter: subscripting a literal that has no __getitem__. */
    private void checkSubscripter(Expr obj) {
        String type = literalType(obj);
        boolean warns = obj instanceof Exprs.Const c
            ? c.value == PyNone.NONE || c.value == Types.ELLIPSIS || c.value instanceof Long || c.value instanceof Double
                || c.value instanceof Boolean || c.value instanceof java.math.BigInteger
            : obj instanceof Exprs.SetDisplay || obj instanceof Exprs.GenExp
                || obj instanceof Exprs.Comprehension comp && comp.kind == 1;
        if (warns && type != null) {
            warn(obj.line, "'" + type + "' object is not subscriptable; perhaps you missed a comma?");
        }
    }

    /** compile.c check_compare: {@code is} against a literal other than None, True, False, Ellipsis. */
    private void checkIs(String op, Expr left, Expr right, int line) {
        if (!op.equals("is") && !op.equals("is not")) {
            return;
        }
        if (isLiteral(left) || isLiteral(right)) {
            warn(line, op.equals("is") ? "\"is\" with a literal. Did you mean \"==\"?"
                : "\"is not\" with a literal. Did you mean \"!=\"?");
        }
    }

    private static boolean isLiteral(Expr e) {
        return e instanceof Exprs.Const c && c.value != PyNone.NONE && !(c.value instanceof Boolean) && c.value != Types.ELLIPSIS;
    }

    // ---------------------------------------------------------------- token helpers

    private Token peek() { return tokens.get(pos); }
    private Token peek(int k) { return tokens.get(Math.min(pos + k, tokens.size() - 1)); }
    private boolean at(Token.Kind k) { return peek().kind() == k; }
    private boolean at(String op) { Token t = peek(); return (t.kind() == Token.Kind.OP || t.kind() == Token.Kind.NAME) && t.text().equals(op); }
    private boolean atOp(String op) { Token t = peek(); return t.kind() == Token.Kind.OP && t.text().equals(op); }
    private Token next() { return tokens.get(pos++); }

    private boolean accept(String op) {
        if (at(op)) {
            pos++;
            return true;
        }
        return false;
    }

    private Token expect(String op) {
        if (!at(op)) {
            if (op.equals(":") ) {
                throw error(peek(), "expected ':'");
            }
            if (op.equals(")") || op.equals("]") || op.equals("}")) {
                throw error(peek(), at(Token.Kind.NEWLINE) || at(Token.Kind.EOF) ? "'" + opener(op) + "' was never closed" : "invalid syntax");
            }
            throw error(peek(), "invalid syntax");
        }
        return next();
    }

    private static String opener(String close) {
        return close.equals(")") ? "(" : close.equals("]") ? "[" : "{";
    }

    private String expectName() {
        Token t = peek();
        if (t.kind() != Token.Kind.NAME || isKeyword(t.text())) {
            throw error(t, "invalid syntax");
        }
        pos++;
        return t.text();
    }

    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("False", "None", "True", "and", "as", "assert",
        "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
        "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield");

    static boolean isKeyword(String s) { return KEYWORDS.contains(s); }

    SyntaxError error(Token t, String msg) {
        int line = t.line();
        String text = line - 1 < lines.length && line >= 1 ? lines[line - 1] : "";
        return new SyntaxError("SyntaxError", msg, file, line, t.col(), text);
    }

    private <T extends Stmt> T at(T s, Token t) {
        s.line = t.line();
        return s;
    }

    private <T extends Expr> T at(T e, Token t) {
        e.line = t.line();
        return e;
    }

    static String docOf(Stmt body) {
        if (body instanceof Stmts.Suite s && s.body.length > 0 && s.body[0] instanceof Stmts.ExprStmt e
            && e.value instanceof Exprs.Const c && c.value instanceof String doc) {
            return doc;
        }
        return null;
    }

    private Stmts.Suite suite(List<Stmt> body) {
        Stmts.Suite s = new Stmts.Suite(body.toArray(new Stmt[0]), scope.newState());
        scope.resumables.add(s);
        if (!body.isEmpty()) {
            s.line = body.get(0).line;
        }
        return s;
    }

    // ---------------------------------------------------------------- statements

    private void statement(List<Stmt> out) {
        Token t = peek();
        if (t.kind() == Token.Kind.INDENT) {
            throw new SyntaxError("IndentationError", "unexpected indent", file, t.line(), t.col(), lineText(t.line()));
        }
        if (t.kind() == Token.Kind.NAME) {
            switch (t.text()) {
                case "if": out.add(ifStmt()); return;
                case "while": out.add(whileStmt()); return;
                case "for": out.add(forStmt()); return;
                case "try": out.add(tryStmt()); return;
                case "with": out.add(withStmt()); return;
                case "def": out.add(funcDef(new Expr[0])); return;
                case "class": out.add(classDef(new Expr[0])); return;
                default: break;
            }
        }
        if (atOp("@")) {
            out.add(decorated());
            return;
        }
        simpleStatements(out);
    }

    private String lineText(int line) {
        return line - 1 < lines.length && line >= 1 ? lines[line - 1] : "";
    }

    private void simpleStatements(List<Stmt> out) {
        while (true) {
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
            throw error(peek(), "invalid syntax");
        }
        next();
    }

    private Stmt simpleStatement() {
        Token t = peek();
        if (t.kind() == Token.Kind.NAME) {
            switch (t.text()) {
                case "pass": next(); return at(new Stmts.Pass(), t);
                case "break": next(); return at(new Stmts.Break(), t);
                case "continue": next(); return at(new Stmts.Continue(), t);
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

    private Stmt returnStmt() {
        Token t = next();
        if (scope.kind != Scope.Kind.FUNCTION) {
            throw error(t, "'return' outside function");
        }
        Expr v = at(Token.Kind.NEWLINE) || atOp(";") ? null : testListStarExpr();
        return at(new Stmts.Return(v), t);
    }

    private Stmt raiseStmt() {
        Token t = next();
        if (at(Token.Kind.NEWLINE) || atOp(";")) {
            return at(new Stmts.Raise(null, null), t);
        }
        Expr e = test();
        Expr cause = accept("from") ? test() : null;
        return at(new Stmts.Raise(e, cause), t);
    }

    private Stmt globalStmt(boolean nonlocal) {
        Token t = next();
        do {
            String n = expectName();
            if (nonlocal) {
                if (scope.kind == Scope.Kind.MODULE) {
                    throw error(t, "nonlocal declaration not allowed at module level");
                }
                scope.nonlocals.add(n);
            } else {
                scope.globals.add(n);
            }
            scope.locals.remove(n);
        } while (accept(","));
        return at(new Stmts.Declaration(), t);
    }

    private Stmt delStmt() {
        Token t = next();
        List<Target> targets = new ArrayList<>();
        do {
            targets.add(toTarget(bitOr(), t));
        } while (accept(",") && !at(Token.Kind.NEWLINE));
        return at(new Stmts.Del(targets.toArray(new Target[0])), t);
    }

    private Stmt assertStmt() {
        Token t = next();
        Expr test = test();
        Expr msg = accept(",") ? test() : null;
        return at(new Stmts.Assert(test, msg), t);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(expectName());
        while (accept(".")) {
            sb.append('.').append(expectName());
        }
        return sb.toString();
    }

    private Stmt importStmt() {
        Token t = next();
        List<Stmt> stmts = new ArrayList<>();
        do {
            String mod = dottedName();
            if (accept("as")) {
                String alias = expectName();
                stmts.add(at(new Stmts.Import(mod, nameTarget(alias, t), false), t));
            } else {
                String top = mod.contains(".") ? mod.substring(0, mod.indexOf('.')) : mod;
                stmts.add(at(new Stmts.Import(mod, nameTarget(top, t), true), t));
            }
        } while (accept(","));
        if (stmts.size() == 1) {
            return stmts.get(0);
        }
        Stmts.Suite s = new Stmts.Suite(stmts.toArray(new Stmt[0]), scope.newState());
        s.line = t.line();
        return s;
    }

    private Stmt fromImport() {
        Token t = next();
        StringBuilder mod = new StringBuilder();
        while (atOp(".") || atOp("...")) {
            mod.append(next().text());
        }
        if (!at("import")) {
            mod.append(dottedName());
        }
        String module = mod.toString().replaceFirst("^\\.+", "");
        expect("import");
        if (accept("*")) {
            return at(new Stmts.ImportFrom(module, null, null), t);
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
        return at(new Stmts.ImportFrom(module, names.toArray(new String[0]), targets.toArray(new Target[0])), t);
    }

    private Exprs.Name nameTarget(String n, Token t) {
        scope.declareLocal(n);
        return scope.ref(n, t.line());
    }

    /** Expression statement, assignment (chained, tuple, starred), augmented or annotated assignment, yield. */
    private Stmt exprStatement() {
        Token t = peek();
        if (at("yield")) {
            return yieldStmt(null, t);
        }
        Expr first = testListStarExpr();
        if (atOp("=")) {
            List<Expr> chain = new ArrayList<>();
            chain.add(first);
            Expr value = null;
            while (accept("=")) {
                if (at("yield")) {
                    if (chain.size() != 1) {
                        throw error(peek(), "yield in chained assignment is not supported by gilspy");
                    }
                    return yieldStmt(toTarget(chain.get(0), t), t);
                }
                value = testListStarExpr();
                chain.add(value);
            }
            chain.remove(chain.size() - 1);
            Target[] targets = new Target[chain.size()];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = toTarget(chain.get(i), t);
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
            BinOp op = BinOp.fromSymbol(opTok.text().substring(0, opTok.text().length() - 1));
            if (!(first instanceof Exprs.Name || first instanceof Exprs.Attribute || first instanceof Exprs.Subscript)) {
                throw error(t, "'" + describe(first) + "' is an illegal expression for augmented assignment");
            }
            if (first instanceof Exprs.Name n) {
                scope.declareLocal(n.name);
            }
            Expr value = at("yield") ? yieldNotSupported() : testListStarExpr();
            return at(new Stmts.AugAssign(first, op, value), t);
        }
        if (atOp(":")) {
            next();
            Expr annotation = test();
            Stmt assign = null;
            if (accept("=")) {
                Expr value = testListStarExpr();
                assign = at(new Stmts.Assign(new Target[] {toTarget(first, t)}, value), t);
            } else if (first instanceof Exprs.Name n) {
                scope.declareLocal(n.name);
            }
            if (first instanceof Exprs.Name n && scope.kind != Scope.Kind.FUNCTION) {
                return at(new Stmts.Annotated(n.name, annotation, assign), t);
            }
            return assign != null ? assign : at(new Stmts.Pass(), t);
        }
        return at(new Stmts.ExprStmt(first), t);
    }

    /** Replaces {@code local = value} with the slot-store node once the name's slot is known. */
    private Stmt deferLocalAssign(Stmt generic, Exprs.Name n, Expr value) {
        DeferredStmt d = new DeferredStmt(generic);
        scope.fixups.add(() -> {
            if (n.kind == SlotKind.LOCAL) {
                d.delegate = new Stmts.AssignLocal(n.slot, value);
            }
        });
        return d;
    }

    /** A statement whose concrete node is chosen after name resolution. */
    static final class DeferredStmt extends Stmt {
        Stmt delegate;
        DeferredStmt(Stmt delegate) { this.delegate = delegate; }
        public @Override Completion exec(Frame f) { return delegate.exec(f); }
    }

    private Expr yieldNotSupported() {
        throw error(peek(), "gilspy supports 'yield' only as a statement or as the value of a simple assignment");
    }

    private Stmt yieldStmt(Target target, Token t) {
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

    private static String describe(Expr e) {
        if (e instanceof Exprs.Call) {
            return "function call";
        }
        if (e instanceof Exprs.Const) {
            return "literal";
        }
        if (e instanceof Exprs.TupleDisplay) {
            return "tuple";
        }
        return "expression";
    }

    /** Turns a parsed expression into an assignment target, declaring plain names as locals. */
    private Target toTarget(Expr e, Token t) {
        if (e instanceof Exprs.Name n) {
            if (n.name.equals("__debug__")) {
                throw error(t, "cannot assign to __debug__");
            }
            scope.declareLocal(n.name);
            return n;
        }
        if (e instanceof Exprs.Attribute || e instanceof Exprs.Subscript) {
            return (Target) e;
        }
        if (e instanceof Exprs.TupleDisplay td) {
            for (Expr x : td.items) {
                toTarget(x, t);
            }
            return td;
        }
        if (e instanceof Exprs.ListDisplay ld) {
            for (Expr x : ld.items) {
                toTarget(x, t);
            }
            return ld;
        }
        if (e instanceof Exprs.Starred s) {
            toTarget(s.value, t);
            return s;
        }
        if (e instanceof Exprs.Call) {
            throw error(t, "cannot assign to function call here. Maybe you meant '==' instead of '='?");
        }
        if (e instanceof Exprs.Const c) {
            throw error(t, "cannot assign to literal here. Maybe you meant '==' instead of '='?");
        }
        throw error(t, "cannot assign to " + describe(e) + " here. Maybe you meant '==' instead of '='?");
    }

    private Stmt block() {
        expect(":");
        List<Stmt> body = new ArrayList<>();
        if (!at(Token.Kind.NEWLINE)) {
            simpleStatements(body);
            return suite(body);
        }
        Token nl = next();
        if (!at(Token.Kind.INDENT)) {
            Token t = peek();
            throw new SyntaxError("IndentationError", "expected an indented block after " + blockOwner,
                file, t.line(), t.col(), lineText(t.line()));
        }
        next();
        while (!at(Token.Kind.DEDENT) && !at(Token.Kind.EOF)) {
            if (at(Token.Kind.NEWLINE)) {
                next();
                continue;
            }
            statement(body);
        }
        accept(Token.Kind.DEDENT);
        return suite(body);
    }

    private String blockOwner = "statement";

    private void accept(Token.Kind k) {
        if (at(k)) {
            pos++;
        }
    }

    private Stmt ifStmt() {
        Token t = next();
        Expr cond = namedExprTest();
        blockOwner = "'" + t.text() + "' statement on line " + t.line();
        Stmt then = block();
        Stmt orelse = null;
        if (at("elif")) {
            orelse = ifStmt();
        } else if (at("else")) {
            Token e = next();
            blockOwner = "'else' statement on line " + e.line();
            orelse = block();
        }
        Stmts.If s = new Stmts.If(cond, then, orelse, scope.newState());
        scope.resumables.add(s);
        return at(s, t);
    }

    private Stmt whileStmt() {
        Token t = next();
        Expr cond = namedExprTest();
        blockOwner = "'while' statement on line " + t.line();
        Stmt body = block();
        Stmt orelse = null;
        if (at("else")) {
            Token e = next();
            blockOwner = "'else' statement on line " + e.line();
            orelse = block();
        }
        Stmts.While s = new Stmts.While(cond, body, orelse, scope.newState());
        markLoops();
        scope.resumables.add(s);
        return at(s, t);
    }

    private Stmt forStmt() {
        Token t = next();
        Expr targetExpr = exprList();
        Target target = toTarget(targetExpr, t);
        expect("in");
        Expr iter = testListStarExpr();
        blockOwner = "'for' statement on line " + t.line();
        Stmt body = block();
        Stmt orelse = null;
        if (at("else")) {
            Token e = next();
            blockOwner = "'else' statement on line " + e.line();
            orelse = block();
        }
        Stmts.For s = new Stmts.For(target, iter, body, orelse, scope.newSlot(), scope.newState());
        markLoops();
        scope.resumables.add(s);
        return at(s, t);
    }

    private Stmt tryStmt() {
        Token t = next();
        blockOwner = "'try' statement on line " + t.line();
        Stmt body = block();
        List<TryStmt.Handler> handlers = new ArrayList<>();
        Stmt orelse = null;
        Stmt fin = null;
        while (at("except")) {
            Token et = next();
            Expr type = null;
            Target name = null;
            if (!atOp(":")) {
                type = test();
                if (accept(",")) {
                    List<Expr> items = new ArrayList<>();
                    items.add(type);
                    do {
                        items.add(test());
                    } while (accept(","));
                    type = new Exprs.TupleDisplay(items.toArray(new Expr[0]));
                }
                if (accept("as")) {
                    name = nameTarget(expectName(), et);
                }
            }
            blockOwner = "'except' statement on line " + et.line();
            handlers.add(new TryStmt.Handler(type, name, block()));
        }
        if (at("else")) {
            Token e = next();
            blockOwner = "'else' statement on line " + e.line();
            orelse = block();
        }
        if (at("finally")) {
            Token e = next();
            blockOwner = "'finally' statement on line " + e.line();
            fin = block();
        }
        if (handlers.isEmpty() && fin == null) {
            throw error(peek(), "expected 'except' or 'finally' block");
        }
        TryStmt s = new TryStmt(body, handlers.toArray(new TryStmt.Handler[0]), orelse, fin, scope.newState(),
            scope.newSlot(), scope.newSlot());
        scope.resumables.add(s);
        return at(s, t);
    }

    private Stmt withStmt() {
        Token t = next();
        boolean paren = atOp("(") && parenthesizedWithItems();
        if (paren) {
            next();
        }
        List<Expr> mgrs = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        do {
            if (paren && atOp(")")) {
                break;
            }
            mgrs.add(test());
            targets.add(accept("as") ? toTarget(bitOrTarget(), t) : null);
        } while (accept(","));
        if (paren) {
            expect(")");
        }
        blockOwner = "'with' statement on line " + t.line();
        Stmt body = block();
        for (int i = mgrs.size() - 1; i >= 0; i--) {
            WithStmt w = new WithStmt(mgrs.get(i), targets.get(i), body, scope.newSlot());
            scope.resumables.add(w);
            body = at(w, t);
        }
        return body;
    }

    private Expr bitOrTarget() {
        if (atOp("(")) {
            return atom();
        }
        return bitOr();
    }

    /** {@code with (a as b, c as d):} versus {@code with (a):} — scans for 'as' inside the parens. */
    private boolean parenthesizedWithItems() {
        int depth = 0;
        for (int i = pos; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            if (k.kind() == Token.Kind.OP && "([{".contains(k.text())) {
                depth++;
            } else if (k.kind() == Token.Kind.OP && ")]}".contains(k.text())) {
                depth--;
                if (depth == 0) {
                    return tokens.get(i + 1).is(":") && containsAs(pos, i);
                }
            }
        }
        return false;
    }

    private boolean containsAs(int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).kind() == Token.Kind.NAME && tokens.get(i).text().equals("as")) {
                return true;
            }
        }
        return false;
    }

    private Stmt decorated() {
        List<Expr> decos = new ArrayList<>();
        while (atOp("@")) {
            next();
            decos.add(namedExprTest());
            if (!at(Token.Kind.NEWLINE)) {
                throw error(peek(), "invalid syntax");
            }
            next();
        }
        if (at("def")) {
            return funcDef(decos.toArray(new Expr[0]));
        }
        if (at("class")) {
            return classDef(decos.toArray(new Expr[0]));
        }
        throw error(peek(), "invalid syntax");
    }

    private record Param(String name, Expr def, int kind) {}

    private Stmt funcDef(Expr[] decorators) {
        Token t = next();
        String name = expectName();
        expect("(");
        List<String> outerNames = annNames;
        List<Expr> outerExprs = annExprs;
        annNames = new ArrayList<>();
        annExprs = new ArrayList<>();
        List<Param> params = parameters(")");
        expect(")");
        if (accept("->")) {
            annNames.add("return");
            annExprs.add(test());
        }
        String[] annotationNames = annNames.toArray(new String[0]);
        Expr[] annotations = annExprs.toArray(new Expr[0]);
        annNames = outerNames;
        annExprs = outerExprs;
        Code code = new Code(name, file, t.line());
        code.qualname = qualPrefix + name;
        Exprs.MakeFunction make = functionBody(code, params, () -> {
            blockOwner = "function definition on line " + t.line();
            return block();
        }, qualPrefix + name + ".<locals>.");
        Target target = nameTarget(name, t);
        return at(new Stmts.FunctionDef(make, decorators, target, annotationNames, annotations), t);
    }

    /** Annotations of the parameter list being parsed, in order; {@code funcDef} takes them. */
    private List<String> annNames = new ArrayList<>();
    private List<Expr> annExprs = new ArrayList<>();

    private void annotate(List<Param> params, Expr annotation) {
        annNames.add(params.get(params.size() - 1).name());
        annExprs.add(annotation);
    }

    /** Parameter list; kind 0 positional, 1 *args, 2 keyword-only, 3 **kwargs. Defaults parse in the outer scope. */
    private List<Param> parameters(String close) {
        List<Param> params = new ArrayList<>();
        boolean kwonly = false;
        while (!atOp(close)) {
            if (accept("**")) {
                params.add(new Param(expectName(), null, 3));
                if (atOp(":") && close.equals(")")) {
                    next();
                    annotate(params, test());
                }
            } else if (accept("*")) {
                kwonly = true;
                if (at(Token.Kind.NAME)) {
                    params.add(new Param(expectName(), null, 1));
                    if (atOp(":") && close.equals(")")) {
                        next();
                        annotate(params, test());
                    }
                }
            } else if (accept("/")) {
                // positional-only marker: all earlier parameters stay positional
            } else {
                String n = expectName();
                Expr ann = null;
                if (atOp(":") && close.equals(")")) {
                    next();
                    ann = test();
                }
                Expr def = accept("=") ? test() : null;
                if (def == null && !kwonly && !params.isEmpty() && params.get(params.size() - 1).def != null
                    && params.get(params.size() - 1).kind == 0) {
                    throw error(peek(), "non-default argument follows default argument");
                }
                params.add(new Param(n, def, kwonly ? 2 : 0));
                if (ann != null) {
                    annotate(params, ann);
                }
            }
            if (!accept(",")) {
                break;
            }
        }
        return params;
    }

    private interface BodyParser {
        Stmt parse();
    }

    private Exprs.MakeFunction functionBody(Code code, List<Param> params, BodyParser body, String innerPrefix) {
        Scope outer = scope;
        String savedPrefix = qualPrefix;
        scope = new Scope(Scope.Kind.FUNCTION, outer, code.name, code);
        qualPrefix = innerPrefix;
        List<Expr> defaults = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        List<Expr> kwValues = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Param p : params) {
            if (p.kind == 0) {
                scope.declareLocal(p.name);
                names.add(p.name);
                code.argcount++;
                if (p.def != null) {
                    defaults.add(p.def);
                }
            }
        }
        for (Param p : params) {
            if (p.kind == 1) {
                scope.declareLocal(p.name);
                code.varargsSlot = scope.locals.get(p.name);
            }
        }
        for (Param p : params) {
            if (p.kind == 2) {
                scope.declareLocal(p.name);
                names.add(p.name);
                code.kwonlycount++;
                if (p.def != null) {
                    kwNames.add(p.name);
                    kwValues.add(p.def);
                }
            }
        }
        for (Param p : params) {
            if (p.kind == 3) {
                scope.declareLocal(p.name);
                code.kwargsSlot = scope.locals.get(p.name);
            }
        }
        code.paramNames = names.toArray(new String[0]);
        try {
            Stmt b = body.parse();
            code.body = b;
            code.doc = docOf(b);
            Scope inner = scope;
            Exprs.MakeFunction make = new Exprs.MakeFunction(code, defaults.toArray(new Expr[0]),
                kwNames.toArray(new String[0]), kwValues.toArray(new Expr[0]));
            outer.fixups.add(() -> make.captureSlots = captureSlots(outer, inner));
            return make;
        } finally {
            scope = outer;
            qualPrefix = savedPrefix;
        }
    }

    /** Where, in the defining frame, each free variable of {@code inner} finds its cell. */
    private static int[] captureSlots(Scope outer, Scope inner) {
        String[] frees = inner.frees.keySet().toArray(new String[0]);
        int[] slots = new int[frees.length];
        for (int i = 0; i < frees.length; i++) {
            slots[i] = outer.locate(frees[i]).slot();
        }
        return slots;
    }

    private Stmt classDef(Expr[] decorators) {
        Token t = next();
        String name = expectName();
        List<Expr> bases = new ArrayList<>();
        List<String> kwn = new ArrayList<>();
        List<Expr> kwv = new ArrayList<>();
        if (accept("(")) {
            while (!atOp(")")) {
                if (peek().kind() == Token.Kind.NAME && peek(1).is("=")) {
                    kwn.add(next().text());
                    next();
                    kwv.add(test());
                } else if (accept("*")) {
                    bases.add(new Exprs.Starred(test()));
                } else {
                    bases.add(test());
                }
                if (!accept(",")) {
                    break;
                }
            }
            expect(")");
        }
        Code code = new Code(name, file, t.line());
        Scope outer = scope;
        String savedPrefix = qualPrefix;
        String qualname = qualPrefix + name;
        scope = new Scope(Scope.Kind.CLASS, outer, name, code);
        qualPrefix = qualname + ".";
        Scope inner = scope;
        try {
            blockOwner = "class definition on line " + t.line();
            Stmt classBody = block();
            code.body = classBody;
            code.doc = docOf(classBody);
        } finally {
            scope = outer;
            qualPrefix = savedPrefix;
        }
        Target target = nameTarget(name, t);
        Stmts.ClassDef cd = new Stmts.ClassDef(name, qualname, code, bases.toArray(new Expr[0]),
            kwn.toArray(new String[0]), kwv.toArray(new Expr[0]), decorators, target);
        outer.fixups.add(() -> cd.captureSlots = captureSlots(outer, inner));
        return at(cd, t);
    }

    // ---------------------------------------------------------------- expressions

    /** {@code a, b, *c} as an expression (a tuple when there is a comma). */
    private Expr testListStarExpr() {
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

    private boolean endOfExprList() {
        Token t = peek();
        return t.kind() == Token.Kind.NEWLINE || t.kind() == Token.Kind.EOF
            || (t.kind() == Token.Kind.OP && (t.text().equals("=") || t.text().equals(")") || t.text().equals("]")
            || t.text().equals("}") || t.text().equals(";") || t.text().equals(":") || (t.text().endsWith("=") && t.text().length() == 2 && !t.text().equals("==")))) || t.is("in");
    }

    private Expr starOrTest() {
        Token t = peek();
        if (accept("*")) {
            return at(new Exprs.Starred(bitOr()), t);
        }
        return namedExprTest();
    }

    /** Targets of a {@code for}: bitwise-or expressions separated by commas. */
    private Expr exprList() {
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

    private Expr namedExprTest() {
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

    private Expr test() {
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
            Expr orelse = test();
            return at(new Exprs.IfExp(cond, e, orelse), t);
        }
        return e;
    }

    private Expr testNoCond() {
        if (at("lambda")) {
            return lambda();
        }
        return orTest();
    }

    private Expr lambda() {
        Token t = next();
        List<Param> params = parameters(":");
        Code code = new Code("<lambda>", file, t.line());
        code.qualname = qualPrefix + "<lambda>";
        return at(functionBody(code, params, () -> {
            expect(":");
            Expr body = test();
            Stmts.Return r = new Stmts.Return(body);
            r.line = t.line();
            List<Stmt> b = new ArrayList<>();
            b.add(r);
            return suite(b);
        }, qualPrefix + "<lambda>.<locals>."), t);
    }

    private Expr orTest() {
        Token t = peek();
        Expr e = andTest();
        while (at("or")) {
            next();
            e = at(new Exprs.Or(e, andTest()), t);
        }
        return e;
    }

    private Expr andTest() {
        Token t = peek();
        Expr e = notTest();
        while (at("and")) {
            next();
            e = at(new Exprs.And(e, notTest()), t);
        }
        return e;
    }

    private Expr notTest() {
        Token t = peek();
        if (at("not")) {
            next();
            return at(new Exprs.Unary("not", notTest()), t);
        }
        return comparison();
    }

    private String compOp() {
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

    private Expr comparison() {
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

    private Expr binary(java.util.function.Supplier<Expr> sub, String... ops) {
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

    private Expr bitOr() { return binary(this::bitXor, "|"); }
    private Expr bitXor() { return binary(this::bitAnd, "^"); }
    private Expr bitAnd() { return binary(this::shift, "&"); }
    private Expr shift() { return binary(this::arith, "<<", ">>"); }
    private Expr arith() { return binary(this::term, "+", "-"); }
    private Expr term() { return binary(this::factor, "*", "/", "//", "%", "@"); }

    private Expr factor() {
        Token t = peek();
        if (t.kind() == Token.Kind.OP && (t.text().equals("-") || t.text().equals("+") || t.text().equals("~"))) {
            next();
            Expr operand = factor();
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

    private Expr power() {
        Token t = peek();
        Expr base = primary();
        if (atOp("**")) {
            next();
            Expr exp = factor();
            return at(new Exprs.Binary(BinOp.POW, base, exp), t);
        }
        return base;
    }

    private Expr primary() {
        if (at("await")) {
            throw error(peek(), "'await' outside async function");
        }
        Expr e = atom();
        while (true) {
            Token t = peek();
            if (atOp(".")) {
                next();
                String name = expectName();
                if (atOp("(")) {
                    Token p = next();
                    Exprs.Call shape = callArgs(e, p);
                    e = at(new Exprs.CallMethod(e, name, shape), t);
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

    private Exprs.Call callArgs(Expr fn, Token t) {
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
        return at(new Exprs.Call(fn, args.toArray(new Expr[0]), kwn.toArray(new String[0]), kwv.toArray(new Expr[0]),
            starArgs, starKw), t);
    }

    private Expr mergeKw(Expr prev, Expr next) {
        if (prev == null) {
            return next;
        }
        return new Exprs.DictDisplay(new Expr[] {null, null}, new Expr[] {prev, next});
    }

    private Expr subscriptList() {
        Token t = peek();
        Expr first = subscript();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (atOp("]")) {
                break;
            }
            items.add(subscript());
        }
        return at(new Exprs.TupleDisplay(items.toArray(new Expr[0])), t);
    }

    private Expr subscript() {
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

    private Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case INT, FLOAT:
                next();
                return at(new Exprs.Const(t.value()), t);
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

    private Expr parenAtom() {
        Token t = next();
        if (accept(")")) {
            return at(new Exprs.TupleDisplay(new Expr[0]), t);
        }
        if (at("yield")) {
            throw error(peek(), "gilspy supports 'yield' only as a statement or as the value of a simple assignment");
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
    private boolean comprehensionAhead() {
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

    private Expr listAtom() {
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

    private Expr dictAtom() {
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
    private Expr comprehensionDisplay(Token t, int kind, String close) {
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

    private Expr comprehension(Expr elt, Token t, int kind, Scope compScope) {
        return comprehension(elt, t, kind, compScope, null);
    }

    private record ForClause(Expr target, Expr iter, List<Expr> conds, Token tok) {}

    /**
     * Parses the {@code for ... in ... if ...} clauses. Kinds 0-2 are inlined in the current frame;
     * kind 3 is a generator expression (its own generator function, first iterable evaluated outside).
     */
    private Expr comprehension(Expr elt, Token t, int kind, Scope compScope, Expr key) {
        Scope outer = scope;
        List<ForClause> clauses = new ArrayList<>();
        boolean firstClause = true;
        while (at("for")) {
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
            firstClause = false;
            scope = outer;
        }
        scope = compScope;
        int resultSlot = scope.newSlot();
        Stmt inner = at(new Stmts.CompAppend(resultSlot, key, elt), t);
        Stmt loop = buildLoops(clauses, inner, null);
        scope = outer;
        Exprs.Comprehension c = new Exprs.Comprehension(kind, resultSlot, loop);
        Scope cs = compScope;
        outer.fixups.add(() -> c.cellSlots = cs.compCellSlots());
        return at(c, t);
    }

    private Stmt buildLoops(List<ForClause> clauses, Stmt inner, Expr firstIterOverride) {
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
            Stmts.For loop = new Stmts.For((Target) c.target, iter, body, null, scope.newSlot(), scope.newState());
            markLoops();
            scope.resumables.add(loop);
            loop.line = c.tok.line();
            body = loop;
        }
        return body;
    }

    // Generator expressions are detected before their element is parsed, so the element's names
    // land in the generator's own scope: see parenAtom/callArgs which call genExpFrom.
    private Expr genExpFrom(Token t, String close) {
        Code code = new Code("<genexpr>", file, t.line());
        code.qualname = qualPrefix + "<genexpr>";
        Scope outer = scope;
        Scope gs = new Scope(Scope.Kind.FUNCTION, outer, "<genexpr>", code);
        gs.generator = true;
        scope = gs;
        Expr firstIter;
        Exprs.MakeFunction make;
        try {
            scope.declareLocal(".0");
            code.argcount = 1;
            code.paramNames = new String[] {".0"};
            Expr elt = namedExprTest();
            List<ForClause> clauses = new ArrayList<>();
            Expr first = null;
            boolean firstClause = true;
            while (at("for")) {
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
                firstClause = false;
            }
            firstIter = first;
            Stmts.Yield y = new Stmts.Yield(elt, null);
            y.line = t.line();
            Stmt loop = buildLoops(clauses, y, null);
            List<Stmt> body = new ArrayList<>();
            body.add(loop);
            code.body = suite(body);
            make = new Exprs.MakeFunction(code, new Expr[0], new String[0], new Expr[0]);
            Exprs.MakeFunction mk = make;
            outer.fixups.add(() -> mk.captureSlots = captureSlots(outer, gs));
        } finally {
            scope = outer;
        }
        return at(new Exprs.GenExp(make, firstIter), t);
    }

    // ---------------------------------------------------------------- strings

    private Expr strings() {
        Token first = peek();
        List<Object> parts = new ArrayList<>();
        boolean fstring = false;
        boolean bytes = false;
        boolean text = false;
        while (at(Token.Kind.STRING) || at(Token.Kind.FSTRING) || at(Token.Kind.BYTES)) {
            Token t = next();
            if (t.kind() == Token.Kind.BYTES) {
                bytes = true;
                parts.add(t.value());
            } else if (t.kind() == Token.Kind.FSTRING) {
                fstring = true;
                text = true;
                fstringParts(t, parts);
            } else {
                text = true;
                parts.add(t.value());
            }
        }
        if (bytes && text) {
            throw error(first, "cannot mix bytes and nonbytes literals");
        }
        if (bytes) {
            StringBuilder sb = new StringBuilder();
            for (Object p : parts) {
                sb.append((String) p);
            }
            String s = sb.toString();
            byte[] b = new byte[s.length()];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) s.charAt(i);
            }
            return at(new Exprs.Const(new PyBytes(b)), first);
        }
        if (!fstring) {
            StringBuilder sb = new StringBuilder();
            for (Object p : parts) {
                sb.append((String) p);
            }
            return at(new Exprs.Const(sb.toString()), first);
        }
        List<Object> merged = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof String s && !merged.isEmpty() && merged.get(merged.size() - 1) instanceof String prev) {
                merged.set(merged.size() - 1, prev + s);
            } else {
                merged.add(p);
            }
        }
        return at(new Exprs.FString(merged.toArray()), first);
    }

    private void fstringParts(Token t, List<Object> parts) {
        String body = t.text();
        boolean raw = (Boolean) t.value();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '{') {
                if (i + 1 < body.length() && body.charAt(i + 1) == '{') {
                    lit.append('{');
                    i += 2;
                    continue;
                }
                if (lit.length() > 0) {
                    parts.add(raw ? lit.toString() : Lexer.unescape(lit.toString(), false));
                    lit.setLength(0);
                }
                i = fstringField(t, body, i + 1, parts);
                continue;
            }
            if (c == '}') {
                if (i + 1 < body.length() && body.charAt(i + 1) == '}') {
                    lit.append('}');
                    i += 2;
                    continue;
                }
                throw error(t, "f-string: single '}' is not allowed");
            }
            lit.append(c);
            i++;
        }
        if (lit.length() > 0) {
            parts.add(raw ? lit.toString() : Lexer.unescape(lit.toString(), false));
        }
    }

    /** Parses one {@code {expr[=][!c][:spec]}} field starting after the brace; returns the index after '}'. */
    private int fstringField(Token t, String body, int start, List<Object> parts) {
        int depth = 0;
        int i = start;
        char quote = 0;
        int exprEnd = -1;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && (c == '!' && i + 1 < body.length() && body.charAt(i + 1) != '=')) {
                break;
            } else if (depth == 0 && c == ':') {
                break;
            }
            i++;
        }
        exprEnd = i;
        String exprText = body.substring(start, exprEnd);
        String debug = null;
        String trimmed = exprText.stripTrailing();
        if (trimmed.endsWith("=") && !trimmed.endsWith("==") && !trimmed.endsWith("!=") && !trimmed.endsWith("<=")
            && !trimmed.endsWith(">=")) {
            debug = exprText;
            exprText = trimmed.substring(0, trimmed.length() - 1);
        }
        if (exprText.isBlank()) {
            throw error(t, "f-string: empty expression not allowed");
        }
        Expr value = subExpression(exprText, t);
        char conv = 0;
        if (i < body.length() && body.charAt(i) == '!') {
            conv = body.charAt(i + 1);
            if (conv != 'r' && conv != 's' && conv != 'a') {
                throw error(t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            i += 2;
        }
        Expr spec = null;
        if (i < body.length() && body.charAt(i) == ':') {
            i++;
            List<Object> specParts = new ArrayList<>();
            StringBuilder lit = new StringBuilder();
            int d = 0;
            while (i < body.length()) {
                char c = body.charAt(i);
                if (c == '{') {
                    if (lit.length() > 0) {
                        specParts.add(lit.toString());
                        lit.setLength(0);
                    }
                    i = fstringField(t, body, i + 1, specParts);
                    continue;
                }
                if (c == '}') {
                    if (d == 0) {
                        break;
                    }
                    d--;
                }
                lit.append(c);
                i++;
            }
            if (lit.length() > 0) {
                specParts.add(lit.toString());
            }
            if (specParts.size() == 1 && specParts.get(0) instanceof String s) {
                spec = new Exprs.Const(s);
            } else if (specParts.isEmpty()) {
                spec = new Exprs.Const("");
            } else {
                spec = new Exprs.FString(specParts.toArray());
            }
        }
        if (i >= body.length() || body.charAt(i) != '}') {
            throw error(t, "f-string: expecting '}'");
        }
        parts.add(new Exprs.FString.Field(value, conv, spec, debug));
        return i + 1;
    }

    private Expr subExpression(String text, Token t) {
        List<Token> saved = tokens;
        int savedPos = pos;
        List<Token> sub = new Lexer("(" + text.strip() + ")", file).tokenize();
        List<Token> shifted = new ArrayList<>();
        for (Token k : sub) {
            shifted.add(new Token(k.kind(), k.text(), k.value(), t.line(), t.col()));
        }
        tokens = shifted;
        pos = 0;
        try {
            Expr e = testListStarExpr();
            if (!at(Token.Kind.NEWLINE) && !at(Token.Kind.EOF)) {
                throw error(t, "f-string: invalid syntax");
            }
            return e;
        } finally {
            tokens = saved;
            pos = savedPos;
        }
    }
}

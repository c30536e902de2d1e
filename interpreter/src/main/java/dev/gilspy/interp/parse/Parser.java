package dev.gilspy.interp.parse;

import dev.gilspy.interp.nodes.Calls;
import dev.gilspy.interp.nodes.Definitions;
import dev.gilspy.interp.nodes.ExceptStarStmt;
import dev.gilspy.interp.nodes.Expr;
import dev.gilspy.interp.nodes.Exprs;
import dev.gilspy.interp.nodes.Functions;
import dev.gilspy.interp.nodes.SetupAnnotations;
import dev.gilspy.interp.nodes.SlotKind;
import dev.gilspy.interp.nodes.Stmt;
import dev.gilspy.interp.nodes.Stmts;
import dev.gilspy.interp.nodes.Target;
import dev.gilspy.interp.nodes.TryStmt;
import dev.gilspy.interp.nodes.WithStmt;
import dev.gilspy.interp.runtime.BinOp;
import dev.gilspy.interp.runtime.Code;
import dev.gilspy.interp.runtime.Completion;
import dev.gilspy.interp.runtime.PyFrame;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser that builds executable nodes directly, one method per grammar rule.
 * Split by grammar area: {@link ParserBase} (state, tokens), {@link ExpressionParser},
 * {@link StringParser} (f-strings), and this class (statements, the module entry points).
 * Names are recorded in the current {@link Scope} and resolved to slots once the module is parsed.
 */
public final class Parser extends AsyncParser {
    public Parser(List<Token> tokens, String file, String source) {
        super(tokens, file, source);
    }

    /** Parses a whole module; returns its code (slots resolved). */
    public Code parseModule() {
        try {
            return parseModuleBody();
        } catch (StackOverflowError e) {
            throw stackExhausted();
        }
    }

    /**
     * The recursive-descent parser ran out of Java stack (deep nesting on a thread with a small
     * stack): CPython's answer to nesting too deep to compile, never a StackOverflowError.
     */
    private SyntaxError stackExhausted() {
        return new SyntaxError("RecursionError", "maximum recursion depth exceeded during compilation", file, 0, 0, null);
    }

    private Code parseModuleBody() {
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
        if (maxChainDepth >= CHAIN_RECURSION_ERROR) {
            // CPython's compiler, after parsing, recurses once per level and gives up here
            throw new SyntaxError("RecursionError", "maximum recursion depth exceeded during compilation", file, 0, 0, null);
        }
        Stmt moduleBody = suite(body);
        code.body = withAnnotationsSetUp(moduleBody);
        code.doc = docOf(moduleBody);
        module = code;
        return code;
    }

    Code module;

    /** The body, after an empty {@code __annotations__} when the scope has annotations (SETUP_ANNOTATIONS). */
    private Stmt withAnnotationsSetUp(Stmt body) {
        if (!scope.annotations || scope.kind == Scope.Kind.FUNCTION) {
            return body;
        }
        return suite(new ArrayList<>(List.of(new SetupAnnotations(), body)));
    }

    /**
     * The resolve step, once the whole module is parsed: each name becomes a frame slot, a cell or
     * a global ({@link Scope#resolveAll}), and generators' compound statements learn to resume.
     */
    public void resolveNames() {
        try {
            Scope.resolveAll(scope);
        } catch (StackOverflowError e) {
            throw stackExhausted();
        }
        module.syntaxWarnings = warnings.isEmpty() ? null : List.copyOf(warnings);
    }

    // ---------------------------------------------------------------- statements

    void statement(List<Stmt> out) {
        Token t = peek();
        if (t.kind() == Token.Kind.INDENT) {
            throw new SyntaxError("IndentationError", "unexpected indent", file, t.line(), t.col(), lineText(t.line()));
        }
        if (t.kind() == Token.Kind.NAME) {
            if (t.text().equals("match") && MatchParser.atMatchStatement(this)) {
                out.add(new MatchParser(this).matchStmt());
                return;
            }
            switch (t.text()) {
                case "async": out.add(asyncStmt(new Expr[0])); return;
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

    void simpleStatements(List<Stmt> out) {
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

    Stmt simpleStatement() {
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
            String n = expectName();
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
            targets.add(toTarget(bitOr(), t));
        } while (accept(",") && !at(Token.Kind.NEWLINE));
        return at(new Stmts.Del(targets.toArray(new Target[0])), t);
    }

    Stmt assertStmt() {
        Token t = next();
        Expr test = test();
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
        if (accept("*")) {
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
                value = at("yield") ? yieldExpr() : testListStarExpr();
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
            Expr value = at("yield") ? yieldExpr() : testListStarExpr();
            return at(new Stmts.AugAssign(first, op, value), t);
        }
        if (atOp(":")) {
            next();
            scope.frameOwner().annotations = true;
            if (scope.kind == Scope.Kind.CLASS) {
                scope.declareLocal("__annotations__"); // the class body reads its own, not the module's
            }
            Expr annotation = annotation();
            Stmt assign = null;
            if (accept("=")) {
                Expr value = at("yield") ? yieldExpr() : testListStarExpr();
                assign = at(new Stmts.Assign(new Target[] {toTarget(first, t)}, value), t);
            } else if (first instanceof Exprs.Name n) {
                scope.declareLocal(n.name);
            }
            if (first instanceof Exprs.Name n && scope.kind != Scope.Kind.FUNCTION) {
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
                d.delegate = new Stmts.AssignLocal(n.slot, value);
            }
        });
        return d;
    }

    /** A statement whose concrete node is chosen after name resolution. */
    static final class DeferredStmt extends Stmt {
        Stmt delegate;
        DeferredStmt(Stmt delegate) { this.delegate = delegate; }
        public @Override Completion exec(PyFrame f) { return delegate.exec(f); }
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

    static String describe(Expr e) {
        if (e instanceof Calls.Call) {
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
    Target toTarget(Expr e, Token t) {
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
        if (e instanceof Calls.Call) {
            throw error(t, "cannot assign to function call here. Maybe you meant '==' instead of '='?");
        }
        if (e instanceof Exprs.Const c) {
            throw error(t, "cannot assign to literal here. Maybe you meant '==' instead of '='?");
        }
        throw error(t, "cannot assign to " + describe(e) + " here. Maybe you meant '==' instead of '='?");
    }

    Stmt block() {
        expect(":");
        List<Stmt> body = new ArrayList<>();
        int mark = suspendPoints;
        if (!at(Token.Kind.NEWLINE)) {
            simpleStatements(body);
            spillIfSuspends(body, 0, mark);
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
        spillIfSuspends(body, 0, mark);
        return suite(body);
    }


    void accept(Token.Kind k) {
        if (at(k)) {
            pos++;
        }
    }

    Stmt ifStmt() {
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

    /** CPython's compiler refuses more than 20 statically nested loops, try and with statements (CO_MAXBLOCKS). */
    static final int MAX_BLOCKS = 20;

    /** The body of a loop, try or with statement that starts at {@code t}, counted against {@link #MAX_BLOCKS}. */
    private Stmt blockBody(Token t) {
        if (scope.blocks >= MAX_BLOCKS) {
            throw error(t, "too many statically nested blocks");
        }
        scope.blocks++;
        try {
            return block();
        } finally {
            scope.blocks--;
        }
    }

    Stmt whileStmt() {
        Token t = next();
        Expr cond = namedExprTest();
        blockOwner = "'while' statement on line " + t.line();
        Stmt body = blockBody(t);
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

    Stmt forStmt() {
        Token t = next();
        Expr targetExpr = exprList();
        Target target = toTarget(targetExpr, t);
        expect("in");
        Expr iter = testListStarExpr();
        blockOwner = "'for' statement on line " + t.line();
        Stmt body = blockBody(t);
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

    Stmt tryStmt() {
        Token t = next();
        blockOwner = "'try' statement on line " + t.line();
        Stmt body = blockBody(t);
        List<TryStmt.Handler> handlers = new ArrayList<>();
        Stmt orelse = null;
        Stmt fin = null;
        Boolean star = null;
        while (at("except")) {
            Token et = next();
            boolean thisStar = accept("*");
            if (star != null && star != thisStar) {
                throw error(et, "cannot have both 'except' and 'except*' on the same 'try'");
            }
            star = thisStar;
            if (star && atOp(":")) {
                throw error(peek(), "expected one or more exception types");
            }
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
        if (Boolean.TRUE.equals(star)) {
            return exceptStar(t, body, handlers, orelse, fin);
        }
        TryStmt s = new TryStmt(body, handlers.toArray(new TryStmt.Handler[0]), orelse, fin, scope.newState(),
            scope.newSlot(), scope.newSlot());
        scope.resumables.add(s);
        return at(s, t);
    }

    /** {@code try/except*}: the handlers in their own node, inside a plain try/finally when there is a finally. */
    private Stmt exceptStar(Token t, Stmt body, List<TryStmt.Handler> handlers, Stmt orelse, Stmt fin) {
        Stmt s = at(new ExceptStarStmt(body, handlers.toArray(new TryStmt.Handler[0]), orelse), t);
        if (fin == null) {
            return s;
        }
        TryStmt ts = new TryStmt(s, new TryStmt.Handler[0], null, fin, scope.newState(), scope.newSlot(), scope.newSlot());
        scope.resumables.add(ts);
        return at(ts, t);
    }

    Stmt withStmt() {
        Token t = next();
        List<Expr> mgrs = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        withItems(t, mgrs, targets);
        blockOwner = "'with' statement on line " + t.line();
        Stmt body = blockBody(t);
        for (int i = mgrs.size() - 1; i >= 0; i--) {
            WithStmt w = new WithStmt(mgrs.get(i), targets.get(i), body, scope.newSlot());
            scope.resumables.add(w);
            body = at(w, t);
        }
        return body;
    }

    Expr bitOrTarget() {
        if (atOp("(")) {
            return atom();
        }
        return bitOr();
    }

    /** {@code with (a as b, c as d):} versus {@code with (a):} — scans for 'as' inside the parens. */
    boolean parenthesizedWithItems() {
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

    boolean containsAs(int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).kind() == Token.Kind.NAME && tokens.get(i).text().equals("as")) {
                return true;
            }
        }
        return false;
    }

    Stmt decorated() {
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
        if (at("async")) {
            return asyncStmt(decos.toArray(new Expr[0]));
        }
        if (at("class")) {
            return classDef(decos.toArray(new Expr[0]));
        }
        throw error(peek(), "invalid syntax");
    }


    Stmt funcDef(Expr[] decorators) {
        boolean isAsync = asyncDef;
        asyncDef = false;
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
            annExprs.add(annotation());
        }
        String[] annotationNames = annNames.toArray(new String[0]);
        Expr[] annotations = annExprs.toArray(new Expr[0]);
        annNames = outerNames;
        annExprs = outerExprs;
        Code code = new Code(name, file, t.line());
        code.qualname = qualPrefix + name;
        asyncDef = isAsync;
        Functions.MakeFunction make = functionBody(code, params, () -> {
            blockOwner = "function definition on line " + t.line();
            return block();
        }, qualPrefix + name + ".<locals>.");
        Target target = nameTarget(name, t);
        return at(new Definitions.FunctionDef(make, decorators, target, annotationNames, annotations), t);
    }


    /** Set by {@code from __future__ import annotations} (PEP 563): annotations are kept as their text. */
    boolean futureAnnotations;

    /** An annotation: the expression, or under PEP 563 the string CPython would store for it. */
    Expr annotation() {
        int start = pos;
        Expr e = test();
        return futureAnnotations ? at(new Exprs.Const(AnnotationText.render(tokens, start, pos)), tokens.get(start)) : e;
    }

    /** PEP 646's {@code *args: *Ts}: the one item that unpacking {@code Ts} gives, as CPython 3.11 stores it. */
    Expr starAnnotation() {
        int start = pos;
        Token s = next();
        Expr e = test();
        if (futureAnnotations) {
            return at(new Exprs.Const(AnnotationText.render(tokens, start, pos)), s);
        }
        Expr items = at(new Exprs.TupleDisplay(new Expr[] {at(new Exprs.Starred(e), s)}), s);
        return at(new Exprs.Subscript(items, at(new Exprs.Const(0L), s)), s);
    }

    void annotate(List<Param> params, Expr annotation) {
        annNames.add(params.get(params.size() - 1).name);
        annExprs.add(annotation);
    }

    /** Parameter list; kind 0 positional, 1 *args, 2 keyword-only, 3 **kwargs. Defaults parse in the outer scope. */
    List<Param> parameters(String close) {
        List<Param> params = new ArrayList<>();
        boolean kwonly = false;
        while (!atOp(close)) {
            if (accept("**")) {
                params.add(new Param(expectName(), null, 3));
                if (atOp(":") && close.equals(")")) {
                    next();
                    annotate(params, annotation());
                }
            } else if (accept("*")) {
                kwonly = true;
                if (at(Token.Kind.NAME)) {
                    params.add(new Param(expectName(), null, 1));
                    if (atOp(":") && close.equals(")")) {
                        next();
                        annotate(params, atOp("*") ? starAnnotation() : annotation());
                    }
                }
            } else if (accept("/")) {
                // positional-only marker: all earlier parameters stay positional
            } else {
                String n = expectName();
                Expr ann = null;
                if (atOp(":") && close.equals(")")) {
                    next();
                    ann = annotation();
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


    Functions.MakeFunction functionBody(Code code, List<Param> params, BodyParser body, String innerPrefix) {
        Scope outer = scope;
        String savedPrefix = qualPrefix;
        scope = new Scope(Scope.Kind.FUNCTION, outer, code.name, code);
        scope.async = asyncDef;
        asyncDef = false;
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
                code.varargsName = p.name;
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
                code.kwargsName = p.name;
            }
        }
        code.paramNames = names.toArray(new String[0]);
        try {
            Stmt b = body.parse();
            if (scope.async && scope.generator && scope.returnWithValue != null) {
                throw error(scope.returnWithValue, "'return' with value in async generator");
            }
            code.body = b;
            code.doc = docOf(b);
            Scope inner = scope;
            Functions.MakeFunction make = new Functions.MakeFunction(code, defaults.toArray(new Expr[0]),
                kwNames.toArray(new String[0]), kwValues.toArray(new Expr[0]));
            outer.fixups.add(() -> make.captureSlots = captureSlots(outer, inner));
            return make;
        } finally {
            scope = outer;
            qualPrefix = savedPrefix;
        }
    }

    Stmt classDef(Expr[] decorators) {
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
                } else if (accept("**")) {
                    kwn.add(null); // class A(**kwds): ClassDef unpacks the mapping
                    kwv.add(test());
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
            code.body = withAnnotationsSetUp(classBody);
            code.doc = docOf(classBody);
        } finally {
            scope = outer;
            qualPrefix = savedPrefix;
        }
        Target target = nameTarget(name, t);
        Definitions.ClassDef cd = new Definitions.ClassDef(name, qualname, code, bases.toArray(new Expr[0]),
            kwn.toArray(new String[0]), kwv.toArray(new Expr[0]), decorators, target);
        outer.fixups.add(() -> cd.captureSlots = captureSlots(outer, inner));
        return at(cd, t);
    }
}

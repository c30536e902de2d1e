package dev.gilspy.interp.parse;

import dev.gilspy.interp.nodes.CodeBuilder;
import dev.gilspy.interp.nodes.Definitions;
import dev.gilspy.interp.nodes.ExceptStarStmt;
import dev.gilspy.interp.nodes.Expr;
import dev.gilspy.interp.nodes.Exprs;
import dev.gilspy.interp.nodes.Functions;
import dev.gilspy.interp.nodes.SetupAnnotations;
import dev.gilspy.interp.nodes.Stmt;
import dev.gilspy.interp.nodes.Stmts;
import dev.gilspy.interp.nodes.Target;
import dev.gilspy.interp.nodes.TryStmt;
import dev.gilspy.interp.nodes.WithStmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser that builds executable nodes directly, one method per grammar rule.
 * Split by grammar area, each class extending the one before: {@link ParserBase} (state, tokens),
 * {@link ExpressionParser} (operators), {@link DisplayParser} (atoms, displays, comprehensions),
 * {@link StringParser} (f-strings), {@link AsyncParser} (yield, await, async statements),
 * {@link SimpleStatementParser} (one-line statements, assignment targets), and this class
 * (compound statements, def and class, the module entry points).
 * Names are recorded in the current {@link Scope} and resolved to slots once the module is parsed.
 */
public final class Parser extends SimpleStatementParser {
    public Parser(List<Token> tokens, String file, String source) {
        super(tokens, file, source);
    }

    /** Parses a whole module; returns its code (slots resolved). */
    public CodeBuilder parseModule() {
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

    private CodeBuilder parseModuleBody() {
        CodeBuilder code = new CodeBuilder("<module>", file, 1);
        scope = new Scope(Scope.Kind.MODULE, null, "<module>", code);
        List<Stmt> body = new ArrayList<>();
        while (!at(Token.Kind.EOF)) {
            if (at(Token.Kind.NEWLINE)) {
                pos++;
                continue;
            }
            statement(body);
        }
        if (maxChainDepth >= CHAIN_RECURSION_ERROR || maxLeftDepth >= LEFT_CHAIN_RECURSION_ERROR) {
            // CPython's compiler, after parsing, recurses once per level and gives up here
            throw new SyntaxError("RecursionError", "maximum recursion depth exceeded during compilation", file, 0, 0, null);
        }
        Stmt moduleBody = suite(body);
        code.body(withAnnotationsSetUp(moduleBody), docOf(moduleBody));
        module = code;
        return code;
    }

    CodeBuilder module;

    /** The shipped library's trusted source: def bodies at module and class level parse on first use ({@link LazyBody}). */
    public boolean lazyBodies;

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
        module.syntaxWarnings(warnings.isEmpty() ? null : List.copyOf(warnings));
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

    /** A while or for statement's body, where break and continue may appear. */
    Stmt loopBody(Token t) {
        scope.loops++;
        try {
            return blockBody(t);
        } finally {
            scope.loops--;
        }
    }

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
        Stmt body = loopBody(t);
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
        boolean comma = false;
        for (int i = pos; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            if (k.kind() == Token.Kind.OP && "([{".contains(k.text())) {
                depth++;
            } else if (k.kind() == Token.Kind.OP && ")]}".contains(k.text())) {
                depth--;
                if (depth == 0) {
                    // pegen tries '(' with_item, ... ')' ':' first: (a, b) there is two managers, not a tuple
                    return tokens.get(i + 1).is(":") && (comma || containsAs(pos, i));
                }
            } else if (depth == 1 && k.is(",")) {
                comma = true;
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

    /** A def's or class's {@code __qualname__}: the bare name when the enclosing scope declared it {@code global}, as CPython's compiler_set_qualname does. */
    private String qualname(String name) {
        return scope.kind != Scope.Kind.MODULE && scope.globals.contains(scope.mangle(name)) ? name : qualPrefix + name;
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
        CodeBuilder code = new CodeBuilder(name, file, t.line());
        String qualname = qualname(name);
        code.qualname(qualname);
        asyncDef = isAsync;
        LazyBody.Skip skip = lazyBodies ? LazyBody.skippable(this) : null;
        Functions.MakeFunction make = functionBody(code, params, skip != null ? () -> LazyBody.skip(this, skip) : () -> {
            blockOwner = "function definition on line " + t.line();
            return block();
        }, qualname + ".<locals>.");
        if (skip != null) {
            LazyBody.defer(this, code, t, skip);
        }
        Target target = nameTarget(name, t);
        return at(new Definitions.FunctionDef(make, decorators, target, annotationNames, annotations), t);
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
        annNames.add(scope.mangle(params.get(params.size() - 1).name)); // a private name is mangled, as CPython's compiler does
        annExprs.add(annotation);
    }

    /** Parameter list, each with its {@link Param.Kind}. Defaults parse in the outer scope. */
    List<Param> parameters(String close) {
        List<Param> params = new ArrayList<>();
        boolean kwonly = false;
        while (!atOp(close)) {
            if (accept("**")) {
                params.add(new Param(expectName(), null, Param.Kind.VAR_KEYWORD));
                if (atOp(":") && close.equals(")")) {
                    next();
                    annotate(params, annotation());
                }
            } else if (accept("*")) {
                kwonly = true;
                if (at(Token.Kind.NAME)) {
                    params.add(new Param(expectName(), null, Param.Kind.VAR_POSITIONAL));
                    if (atOp(":") && close.equals(")")) {
                        next();
                        annotate(params, atOp("*") ? starAnnotation() : annotation());
                    }
                }
            } else if (accept("/")) {
                // positional-only marker: all earlier parameters stay positional
                for (Param earlier : params) {
                    earlier.positionalOnly = earlier.kind == Param.Kind.POSITIONAL;
                }
            } else {
                String n = expectName();
                Expr ann = null;
                if (atOp(":") && close.equals(")")) {
                    next();
                    ann = annotation();
                }
                Expr def = accept("=") ? test() : null;
                if (def == null && !kwonly && !params.isEmpty() && params.get(params.size() - 1).def != null
                    && params.get(params.size() - 1).kind == Param.Kind.POSITIONAL) {
                    throw error(peek(), "non-default argument follows default argument");
                }
                params.add(new Param(n, def, kwonly ? Param.Kind.KEYWORD_ONLY : Param.Kind.POSITIONAL));
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


    Functions.MakeFunction functionBody(CodeBuilder code, List<Param> params, BodyParser body, String innerPrefix) {
        Scope outer = scope;
        String savedPrefix = qualPrefix;
        scope = new Scope(Scope.Kind.FUNCTION, outer, code.name(), code);
        scope.async = asyncDef;
        asyncDef = false;
        qualPrefix = innerPrefix;
        List<Expr> defaults = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        List<Expr> kwValues = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Param p : params) {
            if (p.kind == Param.Kind.POSITIONAL) {
                scope.declareLocal(p.name);
                names.add(p.name);
                code.addPositional();
                if (p.positionalOnly) {
                    code.addPositionalOnly();
                }
                if (p.def != null) {
                    defaults.add(p.def);
                }
            }
        }
        for (Param p : params) {
            if (p.kind == Param.Kind.VAR_POSITIONAL) {
                scope.declareLocal(p.name);
                code.varargs(p.name, scope.locals.get(p.name));
            }
        }
        for (Param p : params) {
            if (p.kind == Param.Kind.KEYWORD_ONLY) {
                scope.declareLocal(p.name);
                names.add(p.name);
                code.addKeywordOnly();
                if (p.def != null) {
                    kwNames.add(p.name);
                    kwValues.add(p.def);
                }
            }
        }
        for (Param p : params) {
            if (p.kind == Param.Kind.VAR_KEYWORD) {
                scope.declareLocal(p.name);
                code.kwargs(p.name, scope.locals.get(p.name));
            }
        }
        code.paramNames(names.toArray(new String[0]));
        try {
            Stmt b = body.parse();
            if (scope.async && scope.generator && scope.returnWithValue != null) {
                throw error(scope.returnWithValue, "'return' with value in async generator");
            }
            code.body(b, docOf(b));
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
        CodeBuilder code = new CodeBuilder(name, file, t.line());
        Scope outer = scope;
        String savedPrefix = qualPrefix;
        String qualname = qualname(name);
        scope = new Scope(Scope.Kind.CLASS, outer, name, code);
        qualPrefix = qualname + ".";
        Scope inner = scope;
        try {
            blockOwner = "class definition on line " + t.line();
            Stmt classBody = block();
            code.body(withAnnotationsSetUp(classBody), docOf(classBody));
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

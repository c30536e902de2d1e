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

/** The parser's state and token helpers, shared by its grammar areas (see {@link Parser}). */
abstract class ParserBase {
    List<Token> tokens;
    int pos;
    final String file;
    private final String source;
    Scope scope;
    String qualPrefix = "";

    ParserBase(List<Token> tokens, String file, String source) {
        this.tokens = tokens;
        this.file = file;
        this.source = source;
    }

    String source() {
        return source;
    }

    /** Where each line of the source starts (index 0 is line 1), counted as the lexer counts lines. */
    private int[] lineStarts;

    int[] lineStarts() {
        if (lineStarts == null) {
            int n = 1;
            for (int i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
                n++;
            }
            int[] starts = new int[n];
            int line = 1;
            for (int i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
                starts[line++] = i + 1;
            }
            lineStarts = starts;
        }
        return lineStarts;
    }

    /**
     * The text of line {@code line} (1-based), or "" past the end. Cut from {@link #lineStarts}: a
     * parser of one lazy body holds its whole module's source, and splitting that into a String per
     * line for one warning check was a 2 MB copy per body.
     */
    String lineText(int line) {
        if (textFirstLine > 1 || textFrom > 0) {
            return lineOfText(line);
        }
        int[] starts = lineStarts();
        if (line < 1 || line > starts.length) {
            return "";
        }
        return source.substring(starts[line - 1], line < starts.length ? starts[line] - 1 : source.length());
    }

    /** A lazy body's parser: its tokens were lexed from the source's text at {@code textFrom}, which is line {@code textFirstLine}. */
    private int textFrom;
    private int textFirstLine = 1;

    void textStartsAt(int from, int firstLine) {
        textFrom = from;
        textFirstLine = firstLine;
    }

    /**
     * {@link #lineText} for a lazy body's parser: found from the body's text, not from an index of
     * every line of its module ({@link #lineStarts} built once per body parser was 1.8% of vector.py's
     * main thread, for the keyword-after-number check of {@code DisplayParser}).
     */
    private String lineOfText(int line) {
        if (line < textFirstLine) {
            return "";
        }
        int at = textFrom;
        for (int l = textFirstLine; l < line; l++) {
            int nl = source.indexOf('\n', at);
            if (nl < 0) {
                return "";
            }
            at = nl + 1;
        }
        int end = source.indexOf('\n', at);
        return source.substring(at, end < 0 ? source.length() : end);
    }

    /** Records that the code being parsed loops; a comprehension's loop runs in its enclosing code's frame. */
    void markLoops() {
        Scope s = scope;
        while (s.code == null && s.parent != null) {
            s = s.parent;
        }
        if (s.code != null) {
            s.code.markLoops();
        }
    }




    /**
     * Left-nested chains ({@code 1+1+...}, {@code a.y.y...}, {@code f()()...}, {@code a[0][0]...})
     * are parsed by loops but nest as deep as they are long; CPython's compiler recurses once per
     * level and, for a module, refuses {@value #LEFT_CHAIN_RECURSION_ERROR} levels (a method call
     * {@code .y()} is two: an attribute and a call). The deepest level seen, counted with the
     * enclosing unary chain.
     */
    static final int LEFT_CHAIN_RECURSION_ERROR = 2999;
    int maxLeftDepth;

    void noteLeftChain(int depth) {
        if (depth > maxLeftDepth) {
            maxLeftDepth = depth;
        }
    }

    /** CPython's compile-time SyntaxWarnings, already in {@code warnings.showwarning}'s format. */
    final List<String> warnings = new ArrayList<>();

    void warn(int line, String msg) {
        // warnings.showwarning reads the line from the file: a pseudo-file such as <string> has none
        String w = file + ":" + line + ": SyntaxWarning: " + msg + "\n" + (file.startsWith("<") ? "" : "  " + lineText(line).strip() + "\n");
        // the default warning filter shows one message per location
        if (!warnings.contains(w)) {
            warnings.add(w);
        }
    }

    /** The type a literal expression evaluates to, or null when it is not a literal (compile.c infer_type). */
    static String literalType(Expr e) {
        if (e instanceof Exprs.Const c) {
            return Constants.typeName(c.value);
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
        if (e instanceof Functions.Comprehension comp) {
            return comp.kind.name().toLowerCase(java.util.Locale.ROOT);
        }
        if (e instanceof Functions.GenExp) {
            return "generator";
        }
        if (e instanceof Exprs.FString) {
            return "str";
        }
        return null;
    }

    /** compile.c check_caller: calling a literal is almost always a missing comma. */
    void checkCaller(Expr fn) {
        String type = literalType(fn);
        if (type != null) {
            warn(fn.line, "'" + type + "' object is not callable; perhaps you missed a comma?");
        }
    }

    /** compile.c check_subscripter: subscripting a literal that has no __getitem__. */
    void checkSubscripter(Expr obj) {
        String type = literalType(obj);
        boolean warns = obj instanceof Exprs.Const c
            ? c.value == Constants.NONE || c.value == Constants.ELLIPSIS || c.value instanceof Long || c.value instanceof Double
                || c.value instanceof Boolean || c.value instanceof java.math.BigInteger
            : obj instanceof Exprs.SetDisplay || obj instanceof Functions.GenExp
                || obj instanceof Functions.Comprehension comp && comp.kind == Functions.Comprehension.Kind.SET;
        if (warns && type != null) {
            warn(obj.line, "'" + type + "' object is not subscriptable; perhaps you missed a comma?");
        }
    }

    /** compile.c check_compare: {@code is} against a literal other than None, True, False, Ellipsis. */
    void checkIs(String op, Expr left, Expr right, int line) {
        if (!op.equals("is") && !op.equals("is not")) {
            return;
        }
        if (isLiteral(left) || isLiteral(right)) {
            warn(line, op.equals("is") ? "\"is\" with a literal. Did you mean \"==\"?"
                : "\"is not\" with a literal. Did you mean \"!=\"?");
        }
    }

    static boolean isLiteral(Expr e) {
        return e instanceof Exprs.Const c && c.value != Constants.NONE && !(c.value instanceof Boolean) && c.value != Constants.ELLIPSIS;
    }

    // ---------------------------------------------------------------- token helpers

    Token peek() { return tokens.get(pos); }
    Token peek(int k) { return tokens.get(Math.min(pos + k, tokens.size() - 1)); }
    boolean at(Token.Kind k) { return peek().kind() == k; }
    boolean at(String op) { Token t = peek(); return (t.kind() == Token.Kind.OP || t.kind() == Token.Kind.NAME) && t.text().equals(op); }
    boolean atOp(String op) { Token t = peek(); return t.kind() == Token.Kind.OP && t.text().equals(op); }
    Token next() { return tokens.get(pos++); }

    boolean accept(String op) {
        if (at(op)) {
            pos++;
            return true;
        }
        return false;
    }

    Token expect(String op) {
        if (!at(op)) {
            if (op.equals(":") ) {
                throw error(peek(), "expected ':'");
            }
            if (op.equals(")") || op.equals("]") || op.equals("}")) {
                throw error(peek(), "invalid syntax"); // error() names a bracket never closed
            }
            throw error(peek(), "invalid syntax");
        }
        return next();
    }

    static String opener(String close) {
        return close.equals(")") ? "(" : close.equals("]") ? "[" : "{";
    }

    String expectName() {
        Token t = peek();
        if (t.kind() != Token.Kind.NAME || isKeyword(t.text())) {
            throw error(t, "invalid syntax");
        }
        pos++;
        return t.text();
    }

    static final java.util.Set<String> KEYWORDS = java.util.Set.of("False", "None", "True", "and", "as", "assert",
        "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
        "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield");

    static boolean isKeyword(String s) { return KEYWORDS.contains(s); }

    SyntaxError error(Token t, String msg) {
        if (msg.equals("invalid syntax") || msg.endsWith("' was never closed")) {
            Token open = unclosedBefore(t);
            if (open != null && (t.line() > open.line() || t.kind() == Token.Kind.NEWLINE || t.kind() == Token.Kind.EOF)) {
                // pegen's rule: a plain syntax error past the line of a bracket still open is that bracket's
                return new SyntaxError("SyntaxError", "'" + open.text() + "' was never closed", file, open.line(), open.col(),
                    lineText(open.line()));
            }
        }
        int line = t.line();
        String text = lineText(line);
        return new SyntaxError("SyntaxError", msg, file, line, t.col(), text);
    }

    /** The innermost bracket still open where token {@code t} is, or null. */
    private Token unclosedBefore(Token t) {
        java.util.ArrayDeque<Token> open = new java.util.ArrayDeque<>();
        for (Token k : tokens) {
            if (k == t) {
                break;
            }
            if (k.kind() == Token.Kind.OP && k.text().length() == 1) {
                switch (k.text().charAt(0)) {
                    case '(', '[', '{' -> open.push(k);
                    case ')', ']', '}' -> open.poll();
                    default -> { }
                }
            }
        }
        return open.peek();
    }

    <T extends Stmt> T at(T s, Token t) {
        s.line = t.line();
        return s;
    }

    <T extends Expr> T at(T e, Token t) {
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

    Stmts.Suite suite(List<Stmt> body) {
        Stmts.Suite s = new Stmts.Suite(body.toArray(new Stmt[0]), scope.newState());
        scope.resumables.add(s);
        if (!body.isEmpty()) {
            s.line = body.get(0).line;
        }
        return s;
    }


    String blockOwner = "statement";
    /** A parameter of a def or lambda, as the parser collects it. */
    static final class Param {
        final String name;
        final Expr def;
        final Kind kind;
        /** Before a {@code /}: positional-only, so a keyword of its name goes to {@code **kwargs}. */
        boolean positionalOnly;

        /** Where a parameter stands: before {@code *}, the {@code *args}, after {@code *}, the {@code **kwargs}. */
        enum Kind { POSITIONAL, VAR_POSITIONAL, KEYWORD_ONLY, VAR_KEYWORD }

        Param(String name, Expr def, Kind kind) {
            this.name = name;
            this.def = def;
            this.kind = kind;
        }
    }
    /** Annotations of the parameter list being parsed, in order; {@code funcDef} takes them. */
    List<String> annNames = new ArrayList<>();
    List<Expr> annExprs = new ArrayList<>();
    interface BodyParser {
        Stmt parse();
    }
    /** One {@code for ... in ... if ...} clause of a comprehension. */
    static final class ForClause {
        final Expr target;
        final Expr iter;
        final List<Expr> conds;
        final Token tok;
        /** {@code async for}. */
        boolean async;

        ForClause(Expr target, Expr iter, List<Expr> conds, Token tok) {
            this.target = target;
            this.iter = iter;
            this.conds = conds;
            this.tok = tok;
        }
    }

    // rules of the subclasses that the shared helpers call
    abstract Expr strings();
    abstract Exprs.Name nameTarget(String n, Token t);
    abstract Expr yieldNotSupported();
    abstract Expr yieldExpr();
    abstract Expr await();

    /** Yields and awaits parsed so far: a statement during which this grew needs {@code YieldSpill}. */
    int suspendPoints;
    /** Set by {@code async} just before its {@code def}: the next function body parsed is a coroutine's. */
    boolean asyncDef;
    abstract Target toTarget(Expr e, Token t);

    abstract Target toTarget(Expr e, Token t, TargetUse use);

    /**
     * Where a target stands, which words its error: the first target of an assignment statement is
     * parsed by CPython as an expression first, so its error is invalid_named_expression's "... here.
     * Maybe you meant '==' instead of '='?" (unless it is no bitwise_or: a lambda, a comparison, a
     * tuple, None); any other target (for, with, a comprehension, a later '=') is invalid_assignment's
     * plain "cannot assign to ...", and del's is "cannot delete ...".
     */
    enum TargetUse { FIRST_ASSIGNMENT, TARGET, DELETION }
    abstract List<Param> parameters(String close);
    abstract Functions.MakeFunction functionBody(CodeBuilder code, List<Param> params, BodyParser body, String innerPrefix);

    /** Where, in the defining frame, each free variable of {@code inner} finds its cell. */
    static int[] captureSlots(Scope outer, Scope inner) {
        String[] frees = inner.frees.keySet().toArray(new String[0]);
        int[] slots = new int[frees.length];
        for (int i = 0; i < frees.length; i++) {
            slots[i] = outer.captureSlot(frees[i]);
        }
        return slots;
    }
}

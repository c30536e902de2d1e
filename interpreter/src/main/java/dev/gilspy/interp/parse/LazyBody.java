package dev.gilspy.interp.parse;

import dev.gilspy.interp.nodes.CodeBuilder;
import dev.gilspy.interp.nodes.Expr;
import dev.gilspy.interp.nodes.Exprs;
import dev.gilspy.interp.nodes.Stmt;
import dev.gilspy.interp.nodes.Stmts;
import java.util.ArrayList;
import java.util.List;

/**
 * A function body of the shipped library, parsed on first use (V8's lazy parsing, for a tree-walker).
 *
 * <p>Start-up was mostly the parse of the library: the everyday import line compiles 92 modules (2 MB
 * of source, 280,000 tokens) and runs few of their functions, yet every body was parsed, resolved
 * and its parser methods compiled by the JIT. Here a {@code def} of a library module whose enclosing
 * scopes are only the module and classes is parsed up to its colon (signature, defaults,
 * annotations: what the def statement evaluates); its block is skipped on the tokens, and only the
 * docstring is taken from them ({@code __doc__} is read at once by {@code functools.wraps}). The first
 * frame of the function, or its code object's attributes, parse it: the def's own lines are lexed
 * again and parsed in full, in a scope chain equivalent to the original (the module, and the
 * innermost class for private-name mangling), and the result's body and slot layout move into the
 * function's code ({@link CodeBuilder#deferBody}).
 *
 * <p>Why this is exact: the body of such a function cannot change how any name outside it resolves
 * (its free names are globals: a class scope is invisible to it, and {@code __class__}/{@code super()}
 * come from the function's owner at run time, not a cell), and nothing before its first call reads
 * what the body decides (slots, cells, generator flags). Never used for user scripts, {@code exec} or
 * {@code compile()}: their syntax errors must come at once, and the library's are known to parse.
 */
final class LazyBody implements Runnable {
    private final CodeBuilder target;
    private final String source;
    private final String file;
    private final int start;
    private final int end;
    private final int defLine;
    private final String className;
    private final String qualPrefix;
    private final boolean futureAnnotations;

    private LazyBody(CodeBuilder target, String source, String file, int start, int end, int defLine, String className,
                     String qualPrefix, boolean futureAnnotations) {
        this.target = target;
        this.source = source;
        this.file = file;
        this.start = start;
        this.end = end;
        this.defLine = defLine;
        this.className = className;
        this.qualPrefix = qualPrefix;
        this.futureAnnotations = futureAnnotations;
    }

    /** What the parser found for a block it may skip: the tokens after it and its docstring. */
    record Skip(int after, String doc, int nextLine, int[] range) {}

    /**
     * At a def's colon: the block to skip, or null to parse it now (a nested def, a one-line body, a
     * docstring that is not plain string tokens).
     */
    static Skip skippable(Parser p) {
        for (Scope s = p.scope; s != null; s = s.parent) {
            if (s.kind != Scope.Kind.MODULE && s.kind != Scope.Kind.CLASS) {
                return null;
            }
        }
        List<Token> tokens = p.tokens;
        int i = p.pos;
        if (!isOp(tokens.get(i), ":") || tokens.get(i + 1).kind() != Token.Kind.NEWLINE
            || tokens.get(i + 2).kind() != Token.Kind.INDENT) {
            return null;
        }
        int first = i + 3;
        String doc = null;
        Token ft = tokens.get(first);
        if (ft.kind() == Token.Kind.STRING) {
            StringBuilder sb = new StringBuilder();
            int k = first;
            while (tokens.get(k).kind() == Token.Kind.STRING) {
                sb.append((String) tokens.get(k).value());
                k++;
            }
            if (tokens.get(k).kind() != Token.Kind.NEWLINE) {
                return null;
            }
            doc = sb.toString();
        } else if (ft.kind() == Token.Kind.FSTRING || ft.kind() == Token.Kind.BYTES || isOp(ft, "(")) {
            return null;
        }
        int depth = 1;
        int k = first;
        int[] range = null;
        while (depth > 0) {
            Token.Kind kind = tokens.get(k).kind();
            if (kind == Token.Kind.SKIPPED) {
                range = (int[]) tokens.get(k).value(); // the lexer skipped it: it knows where the def's text is
            } else if (kind == Token.Kind.INDENT) {
                depth++;
            } else if (kind == Token.Kind.DEDENT) {
                depth--;
            } else if (kind == Token.Kind.EOF) {
                return null;
            }
            k++;
        }
        if (range != null) {
            return new Skip(k, doc, -1, range);
        }
        // the block's text ends where the next statement's line starts; at the end of the file, there
        int next = -1;
        for (int j = k; j < tokens.size(); j++) {
            Token.Kind kind = tokens.get(j).kind();
            if (kind != Token.Kind.DEDENT && kind != Token.Kind.NEWLINE && kind != Token.Kind.EOF) {
                next = tokens.get(k - 1).line();
                break;
            }
        }
        return new Skip(k, doc, next, null);
    }

    private static boolean isOp(Token t, String op) {
        return t.kind() == Token.Kind.OP && t.text().equals(op);
    }

    /** The parser's side of a skipped block: moves past it; the placeholder body carries the docstring. */
    static Stmt skip(Parser p, Skip skip) {
        p.pos = skip.after();
        List<Stmt> body = new ArrayList<>();
        if (skip.doc() != null) {
            body.add(new Stmts.ExprStmt(new Exprs.Const(skip.doc())));
        }
        return p.suite(body);
    }

    /** Makes {@code code} parse its body on first use. {@code def} is the def keyword's token. */
    static void defer(Parser p, CodeBuilder code, Token def, Skip skip) {
        String source = p.source();
        int from;
        int to;
        if (skip.range() != null) {
            from = skip.range()[0];
            to = skip.range()[1];
        } else {
            int[] lineStarts = p.lineStarts();
            from = lineStarts[def.line() - 1];
            to = skip.nextLine() < 0 ? source.length() : lineStarts[skip.nextLine() - 1];
        }
        String className = null;
        for (Scope s = p.scope; s != null; s = s.parent) {
            if (s.kind == Scope.Kind.CLASS) {
                className = s.name;
                break;
            }
        }
        code.deferBody(new LazyBody(code, source, p.file, from, to, def.line(), className,
            p.qualPrefix, p.futureAnnotations));
    }

    /** Parses the def in full and gives its body and slot layout to the function's code. */
    @Override
    public void run() {
        long t0 = STATS ? System.nanoTime() : 0;
        parse();
        if (STATS) {
            long t1 = System.nanoTime();
            String line = String.format("lazy-body: %s %.3f ms at %.1f ms %s:%d %s", Thread.currentThread().getName(),
                (t1 - t0) / 1e6, (t0 - START) / 1e6, file, defLine, target.name());
            PARSED.add(line);
        }
    }

    /** {@code -Dgilspy.parseAhead=stats}: at exit, stderr gets each lazy body parsed, where, when and how long. */
    private static final boolean STATS = "stats".equals(System.getProperty("gilspy.parseAhead"));
    private static final long START = System.nanoTime();
    private static final java.util.Queue<String> PARSED = new java.util.concurrent.ConcurrentLinkedQueue<>();

    static {
        if (STATS) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> PARSED.forEach(System.err::println)));
        }
    }

    private void parse() {
        List<Token> tokens = new Lexer(source.substring(start, end), file, defLine).tokenize();
        Parser p = new Parser(tokens, file, source);
        p.textStartsAt(start, defLine);
        p.futureAnnotations = futureAnnotations;
        p.qualPrefix = qualPrefix;
        Scope module = new Scope(Scope.Kind.MODULE, null, "<module>", new CodeBuilder("<module>", file, 1));
        p.scope = className == null ? module : new Scope(Scope.Kind.CLASS, module, className, null);
        while (p.tokens.get(p.pos).kind() == Token.Kind.INDENT) {
            p.pos++;
        }
        if (p.tokens.get(p.pos).text().equals("async")) {
            p.pos++;
            p.asyncDef = true;
        }
        Scope outer = p.scope;
        try {
            p.funcDef(new Expr[0]);
            Scope.resolveAll(module);
        } catch (SyntaxError e) {
            throw new IllegalStateException("gilspy: the library's " + file + " line " + e.line + ": " + e.msg, e);
        }
        Scope fn = outer.children.get(outer.children.size() - 1);
        target.adoptBody(fn.code);
    }
}

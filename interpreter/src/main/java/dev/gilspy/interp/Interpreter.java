package dev.gilspy.interp;

import dev.gilspy.interp.gil.GilMode;
import dev.gilspy.interp.modules.ModuleRegistry;
import dev.gilspy.interp.modules.interpreters.Subinterpreters;
import dev.gilspy.interp.parse.Lexer;
import dev.gilspy.interp.parse.Parser;
import dev.gilspy.interp.parse.TokenCache;
import dev.gilspy.interp.parse.SyntaxError;
import dev.gilspy.interp.parse.Token;
import dev.gilspy.interp.runtime.Code;
import dev.gilspy.interp.runtime.CompileError;
import dev.gilspy.interp.runtime.Host;
import dev.gilspy.interp.runtime.Importer;
import dev.gilspy.interp.runtime.ImportTimer;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyThread;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * One Python interpreter: start reading here.
 *
 * <p>The pipeline is {@link #run}, and every caller goes through it (the command line {@link Main},
 * the Java API {@link Embedded}, {@code exec}/{@code eval}, imports, subinterpreters and
 * multiprocessing children): {@link Lexer} (tokens with INDENT/DEDENT) → {@link Parser} (builds
 * executable nodes directly, one method per grammar rule) → {@link Parser#resolveNames} (names
 * become frame slots, cells or globals) → execution of the module {@link Code} in a frame.
 *
 * <p>Concepts and where they live (the packages, and the rule of their dependencies, are in
 * {@code interpreter/README.md}):
 * <ul>
 *   <li>Source to nodes, {@code parse}: {@link Token}, {@link Lexer}, {@link Parser} (split by grammar
 *       area: operators, displays, f-strings, async, simple and compound statements), Scope (name
 *       resolution), {@link SyntaxError}, which {@link #compile} turns into the runtime's
 *       {@link CompileError}. It never imports the runtime: it builds code objects through
 *       {@link dev.gilspy.interp.nodes.CodeBuilder} and literals through
 *       {@link dev.gilspy.interp.nodes.Constants}.</li>
 *   <li>The command line: {@link Main} parses argv into one {@link RunOptions}; {@code gilspy run}
 *       builds that record itself and calls {@link Main#run(RunOptions, InputStream, PrintStream, PrintStream)}.</li>
 *   <li>Executable nodes, {@code nodes}: {@link dev.gilspy.interp.nodes.Stmt} and
 *       {@link dev.gilspy.interp.nodes.Expr} by family; statements return completion codes, never
 *       exceptions, and compound statements remember their position so generators can resume
 *       ({@link dev.gilspy.interp.nodes.Resumable}); a yield or await inside an expression replays
 *       the operands saved before it ({@link dev.gilspy.interp.nodes.YieldExprs},
 *       {@link dev.gilspy.interp.nodes.YieldSpill}). Generators, coroutines and async generators
 *       are one suspended frame ({@link dev.gilspy.interp.runtime.PyGenerator},
 *       {@link dev.gilspy.interp.runtime.Coroutines}).</li>
 *   <li>Values, {@code runtime}: Python int is {@code Long} (overflowing to {@code BigInteger}), float
 *       {@code Double}, bool {@code Boolean}, str {@code String}; everything else extends
 *       {@link dev.gilspy.interp.runtime.PyObj}. Each builtin type keeps its methods beside it
 *       ({@code PyList} and {@code ListMethods}); {@link dev.gilspy.interp.runtime.Types} holds the
 *       type objects.</li>
 *   <li>Protocol, {@code runtime}: {@link dev.gilspy.interp.runtime.Ops} (the abstract object
 *       protocol), {@link dev.gilspy.interp.runtime.BinOp}, {@link dev.gilspy.interp.runtime.Compare},
 *       {@link dev.gilspy.interp.runtime.Attr} (attribute rules), calls through
 *       {@link dev.gilspy.interp.runtime.PyCallable} ({@link dev.gilspy.interp.runtime.PyFunction}
 *       binds arguments into frame slots). Python exceptions travel as
 *       {@link dev.gilspy.interp.runtime.PyException} without Java stack traces.</li>
 *   <li>Threads and frames, {@code runtime}: {@link PyThread} wraps the GIL's thread state; a
 *       {@link dev.gilspy.interp.runtime.PyFrame} implements {@link dev.gilspy.interp.gil.FrameInfo}
 *       and is published so a sampler can walk any thread's Python stack.</li>
 *   <li>Interpreter state, {@code runtime}: {@link InterpreterState} (sys, builtins, the module table,
 *       imports); it reaches this layer only through {@link Host}, which this class implements.</li>
 *   <li>Builtin modules, {@code modules}: one class per module, found through {@link ModuleRegistry}
 *       ({@code modules.mp} for multiprocessing, {@code modules.interpreters} for subinterpreters).</li>
 *   <li>The GIL, {@code gil}: {@link dev.gilspy.interp.gil.Gil}, a port of {@code ceval_gil.c}.</li>
 * </ul>
 */
public final class Interpreter implements Host {
    private final InterpreterState state;

    public Interpreter(GilMode mode, InputStream in, PrintStream out, PrintStream err, boolean verbose) {
        this.state = new InterpreterState(mode, in, out, err, verbose, this);
    }

    /** This interpreter's state: its GIL, sys, builtins and modules. */
    public InterpreterState state() {
        return state;
    }

    /** Lex, parse, resolve, execute: the one pipeline. A syntax error is thrown as a {@link CompileError}. */
    @Override
    public Object run(PyThread t, String source, String file, PyModule module) {
        Code code = compile(source, file);
        state.printSyntaxWarnings(t, code);
        return state.execute(t, code, module);
    }

    /** {@code -Dgilspy.lazyBodies=false} parses the library's function bodies at import, as user code (for comparisons). */
    private static final boolean LAZY_BODIES = !"false".equals(System.getProperty("gilspy.lazyBodies"));

    /** {@link #run} for the shipped library's modules: their function bodies parse on first use. */
    @Override
    public Object runLibrary(PyThread t, String source, String file, PyModule module) {
        Code code = compile(source, file, true);
        state.printSyntaxWarnings(t, code);
        return state.execute(t, code, module);
    }

    @Override
    public String librarySource(String file) {
        return ParseAhead.ENABLED ? ParseAhead.source(file) : null;
    }

    @Override
    public List<String> checkSyntax(String source, String file) {
        return compile(source, file).syntaxWarnings;
    }

    /** Lex, parse, resolve: source to a {@link Code} whose names are slots, cells or globals. */
    public Code compile(String source, String file) {
        return compile(source, file, false);
    }

    /**
     * {@link #compile}; {@code library}: trusted source of the shipped library, whose def bodies at
     * module and class level are parsed when first needed ({@code parse.LazyBody}).
     */
    public Code compile(String source, String file, boolean library) {
        ImportTimer timer = state.importTimer;
        long start = timer == null ? 0 : ImportTimer.now();
        state.rememberSource(file, source);
        try {
            if (library) {
                Code ahead = ParseAhead.ENABLED ? ParseAhead.take(file, source) : null;
                if (ahead != null) {
                    return ahead;
                }
                long t0 = System.nanoTime();
                // the module's imports go to the parse-ahead thread before its parse, not after: the
                // thread compiles the first of them while this thread parses
                Compiled c = compileLibrary(source, file, ParseAhead.ENABLED ? tokens -> ParseAhead.tokensRead(file, tokens) : null);
                if (ParseAhead.ENABLED) {
                    ParseAhead.compiledByImport(file, System.nanoTime() - t0);
                }
                return c.code;
            }
            List<Token> tokens = new Lexer(source, file).tokenize();
            Code code = parse(tokens, file, source, false).code;
            if (ParseAhead.ENABLED) {
                ParseAhead.compiledUserCode(tokens);
            }
            return code;
        } catch (SyntaxError e) {
            throw new CompileError(e.typeName, e.msg, e.file, e.line, e.col, e.text, e.endLine, e.endCol);
        } catch (StackOverflowError e) {
            // the recursive-descent parser ran out of stack on deep nesting: CPython's compiler
            // reports such source as a RecursionError, never a crash
            throw new CompileError("RecursionError", "maximum recursion depth exceeded during compilation", file, 0, 0, null);
        } finally {
            if (timer != null) {
                timer.compiled(ImportTimer.now() - start);
            }
        }
    }

    /** A compiled module and the tokens it was parsed from. */
    record Compiled(Code code, List<Token> tokens) {}

    /**
     * Lex (or read the build's token table), parse, resolve library source: {@link #compile}'s pure
     * part, which reads and changes no interpreter state and so also runs on {@link ParseAhead}'s thread.
     * {@code tokensRead}, if not null, gets the tokens once, before they are parsed.
     */
    static Compiled compileLibrary(String source, String file, java.util.function.Consumer<List<Token>> tokensRead) {
        boolean lazy = LAZY_BODIES;
        if (lazy && LEXER_SKIPS) {
            try {
                List<Token> tokens = TOKEN_TABLES ? libraryTokens(file, source) : null;
                if (tokens == null) {
                    tokens = new Lexer(source, file).skippingBodies(true).tokenize();
                }
                if (tokensRead != null) {
                    tokensRead.accept(tokens);
                    tokensRead = null;
                }
                return parse(tokens, file, source, true);
            } catch (SyntaxError e) {
                // a body the lexer skipped that the parser would not defer: lex it all, as below
            }
        }
        List<Token> tokens = new Lexer(source, file).tokenize();
        if (tokensRead != null) {
            tokensRead.accept(tokens);
        }
        return parse(tokens, file, source, lazy);
    }

    private static Compiled parse(List<Token> tokens, String file, String source, boolean lazy) {
        Parser parser = new Parser(tokens, file, source);
        parser.lazyBodies = lazy;
        Code code = parser.parseModule().code();
        parser.resolveNames();
        return new Compiled(code, tokens);
    }

    /**
     * {@code -Dgilspy.tokenTables=false}: the library is lexed at import instead of read from the
     * build's token tables ({@code parse.TokenCache}), for comparisons.
     */
    private static final boolean TOKEN_TABLES = !"false".equals(System.getProperty("gilspy.tokenTables"));

    /** The build's tokens for library module {@code file} (a pseudo path of the importer's), or null. */
    private static List<Token> libraryTokens(String file, String source) {
        String res;
        if (file.startsWith(Importer.CPYTHON_LIB + "/")) {
            res = "/dev/gilspy/interp/cpython" + file.substring(Importer.CPYTHON_LIB.length());
        } else if (file.startsWith(Importer.GILSPY_LIB + "/")) {
            res = "/dev/gilspy/interp/lib" + file.substring(Importer.GILSPY_LIB.length());
        } else if (file.equals("<frozen os>")) {
            res = "/dev/gilspy/interp/cpython/os.py"; // modules.OsModule runs CPython's os.py so
        } else {
            return null;
        }
        String table = TokenCache.tableOf(res);
        byte[] data = table == null ? null : Importer.readLibraryResource(table);
        return data == null ? null : TokenCache.tokens(data, source);
    }

    /**
     * {@code -Dgilspy.lexerSkips=false}: the library's deferred bodies are tokenised and skipped by the
     * parser instead of skipped by the lexer ({@code Lexer.skippingBodies}), for comparisons.
     */
    private static final boolean LEXER_SKIPS = !"false".equals(System.getProperty("gilspy.lexerSkips"));

    @Override
    public PyModule builtinModule(InterpreterState interp, String name) {
        return ModuleRegistry.create(interp, name);
    }

    @Override
    public InterpreterState newInterpreter(InterpreterState parent) {
        return new Interpreter(parent.gil.mode(), parent.inStream, parent.outStream, parent.errStream, parent.verbose).state;
    }

    @Override
    public void closing(InterpreterState interp) {
        Subinterpreters.closeChildren(interp);
    }
}

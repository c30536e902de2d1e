package dev.gilspy.interp.runtime;

import dev.gilspy.interp.gil.Gil;
import dev.gilspy.interp.gil.GilMode;
import dev.gilspy.interp.gil.ThreadState;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The state of one interpreter, CPython's {@code PyInterpreterState}: its GIL, {@code sys},
 * {@code builtins} and the module table, the standard streams, and the import system (builtin
 * modules through {@link Host#builtinModule}, then {@code .py} files on {@code sys.path}, then the
 * shipped library: see {@link Importer}).
 *
 * <p>All runtime state hangs off this object (no static mutable state), so several interpreters,
 * each with its own {@link Gil}, can live in one JVM. {@code dev.gilspy.interp.Interpreter} creates
 * it and is the {@link Host} it compiles source through.
 */
public final class InterpreterState {
    private static final AtomicInteger NEXT_ID = new AtomicInteger();

    public final int id;
    public final Gil gil;
    public final PyModule builtins;
    public final PyModule sys;
    public PyModule mainModule;
    public final Map<String, PyModule> modules = new ModuleTable();
    /** Each compiled file's source: its text until a traceback first asks for a line, then its lines. */
    private final Map<String, Object> sources = new ConcurrentHashMap<>();
    final List<String> path = new ArrayList<>();
    public volatile int recursionLimit = 1000;
    /** {@code sys.get_int_max_str_digits()}: per interpreter, as CPython keeps it; 0 is no limit. */
    public volatile int intMaxStrDigits = dev.gilspy.interp.format.PyFormat.DEFAULT_INT_MAX_STR_DIGITS;

    static {
        dev.gilspy.interp.format.PyFormat.setIntMaxStrDigitsSource(() -> {
            PyThread t = PyThread.current();
            return t == null ? dev.gilspy.interp.format.PyFormat.DEFAULT_INT_MAX_STR_DIGITS : t.interp.intMaxStrDigits;
        });
    }
    public final PyFile stdout;
    public final PyFile stderr;
    public final PyFile stdin;
    public final PrintStream errStream;
    /** The streams this interpreter was created with, shared by its subinterpreters. */
    public final PrintStream outStream;
    public final InputStream inStream;
    public final AtomicInteger threadCount = new AtomicInteger(1);
    public final boolean verbose;
    public volatile ThreadState mainTs;
    /** Objects the JVM found dead whose {@code __del__} has yet to run (see Finalizers). */
    public final java.util.concurrent.ConcurrentLinkedQueue<Object> pendingDels = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** Set once an object with {@code __del__} is made here: until then gc.collect() and exit skip finalisation. */
    public volatile boolean madeFinalizable;

    /** {@code -X importtime}: times each import on stderr; null when off. */
    public volatile ImportTimer importTimer;
    /** The import system: finders, loaders, packages, relative imports. */
    public final Importer importer = new Importer(this);
    /** The layers above the runtime: compiling, builtin modules, subinterpreters. */
    public final Host host;

    public InterpreterState(GilMode mode, InputStream in, PrintStream out, PrintStream err, boolean verbose, Host host) {
        this.host = host;
        FirstThreadCollection.noteStart();
        if (mode == GilMode.OFF) {
            Sync.enableForFreeThreading(); // before any thread of this interpreter runs, embedded ones too
        }
        this.id = NEXT_ID.getAndIncrement();
        this.gil = new Gil(id, mode);
        this.errStream = err;
        this.outStream = out;
        this.inStream = in;
        this.verbose = verbose;
        // the process's stdout (System.out, or Main's error-reporting stream over it) on a terminal: line-buffered
        boolean tty = System.console() != null && (out == System.out || out instanceof CheckedPrintStream);
        this.stdout = new PyFile("<stdout>", "w", out, null, tty);
        // the process's entry points pass a stream that reports write errors (Main.processStderr);
        // System.err would swallow them
        this.stderr = new PyFile("<stderr>", "w", err, null, true);
        this.stdin = new PyFile("<stdin>", "r", null, in, false);
        this.builtins = host.builtinModule(this, "builtins");
        this.sys = host.builtinModule(this, "sys");
        builtins.builtin = true;
        sys.builtin = true;
        modules.put("builtins", builtins);
        modules.put("sys", sys);
        if (sys.get("modules") instanceof PyDict d) {
            ((ModuleTable) modules).mirrorInto(d);
        }
    }

    /** Runs source in a module: the pipeline of {@link Host#run}. */
    public Object run(PyThread t, String source, String file, PyModule module) {
        return host.run(t, source, file, module);
    }

    /** {@link #run} for a module of the shipped library: {@link Host#runLibrary}. */
    public Object runLibrary(PyThread t, String source, String file, PyModule module) {
        return host.runLibrary(t, source, file, module);
    }

    /** Keeps the source of a compiled file, for the source lines of tracebacks. */
    public void rememberSource(String file, String source) {
        sources.put(file, source); // split on first use: most files never appear in a traceback
    }

    public void printSyntaxWarnings(PyThread t, Code code) {
        if (code.syntaxWarnings != null) {
            for (String w : code.syntaxWarnings) {
                stderr.write(t, w);
            }
        }
    }

    public Object execute(PyThread t, Code code, PyModule module) {
        if (code.doc != null) {
            module.put("__doc__", code.doc); // CPython's compiler stores a module docstring first thing
        }
        PyFrame f = PyFrame.create(code, module, t);
        return PyFunction.execute(t, f);
    }

    String sourceLine(String file, int line) {
        Object known = sources.get(file);
        String[] lines;
        if (known instanceof String text) {
            lines = text.split("\n", -1);
            sources.put(file, lines);
        } else {
            lines = (String[]) known;
        }
        if (lines == null) {
            try {
                lines = Files.readString(Path.of(file)).split("\n", -1);
                sources.put(file, lines);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        return line >= 1 && line <= lines.length ? lines[line - 1] : null;
    }

    /**
     * Decodes a source file: UTF-8 (a BOM skipped), or the encoding a PEP 263 declaration on line 1
     * or 2 names, raising the SyntaxError CPython gives for invalid bytes or an unknown encoding.
     */
    public static String decodeSource(byte[] data, String file) {
        boolean bom = data.length >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB && (data[2] & 0xff) == 0xBF;
        String declared = SourceEncoding.declared(data, bom ? 3 : 0);
        if (declared != null) {
            String normal = SourceEncoding.normalName(declared);
            java.nio.charset.Charset cs = SourceEncoding.charset(normal);
            if (bom && cs != StandardCharsets.UTF_8) {
                throw new CompileError("SyntaxError", "encoding problem: " + normal + " with BOM", file, 0, 0, null);
            }
            if (cs == null) {
                throw new CompileError("SyntaxError", "encoding problem: " + normal, file, 0, 0, null);
            }
            if (cs == StandardCharsets.UTF_8 && DeclaredUtf8.firstBad(data, 0) >= 0) {
                return DeclaredUtf8.decode(data, file).replace("\r\n", "\n");
            }
            if (cs != StandardCharsets.UTF_8) {
                try {
                    return SourceEncoding.decode(data, 0, cs).replace("\r\n", "\n");
                } catch (CharacterCodingException e) {
                    throw new CompileError("SyntaxError", "encoding problem: " + normal, file, 0, 0, null);
                }
            }
        }
        // The String constructor decodes fast (a vectorised ASCII path) but replaces malformed input
        // with U+FFFD: without one in its result the bytes were valid UTF-8; with one (malformed, or
        // a U+FFFD in the source) the strict decoder below decides and finds the bad byte.
        String fast = new String(data, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            if (fast.startsWith("\uFEFF")) {
                fast = fast.substring(1);
            }
            return fast.indexOf('\r') < 0 ? fast : fast.replace("\r\n", "\n");
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
            if (s.startsWith("\uFEFF")) {
                s = s.substring(1);
            }
            return s.replace("\r\n", "\n");
        } catch (CharacterCodingException e) {
            int line = 1;
            int bad = 0;
            var dec = StandardCharsets.UTF_8.newDecoder();
            for (int i = 0; i < data.length; i++) {
                try {
                    dec.decode(ByteBuffer.wrap(data, 0, i + 1));
                } catch (CharacterCodingException ex) {
                    if (!(ex instanceof java.nio.charset.MalformedInputException m && m.getInputLength() == 0)) {
                        bad = i;
                        break;
                    }
                }
            }
            for (int i = 0; i < bad && i < data.length; i++) {
                if (data[i] == '\n') {
                    line++;
                }
            }
            int b = data[Math.min(bad, data.length - 1)] & 0xff;
            throw new CompileError("SyntaxError", "Non-UTF-8 code starting with '\\x" + String.format("%02x", b) + "' in file "
                + file + " on line " + line + ", but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                file, line, 0, null);
        }
    }

    // ---------------------------------------------------------------- imports

    /** Imports {@code name} (absolute, dotted) and returns that module: see {@link Importer}. */
    public PyModule importModule(PyThread t, String name) {
        return importer.importModule(t, name);
    }

    public String input(PyThread t, String prompt) {
        if (prompt != null) {
            stdout.write(t, prompt);
        }
        stdout.flush(t);
        String line = stdin.readline(t);
        if (line.isEmpty()) {
            throw Err.make(Types.get("EOFError"), "EOF when reading a line");
        }
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    // ---------------------------------------------------------------- errors and exit

    /** Prints an uncaught exception the way CPython's default excepthook does. */
    public void printException(PyThread t, PyBaseException e) {
        stdout.flushQuietly(t);
        stderr.write(t, Traceback.format(this, e));
        stderr.flushQuietly(t); // a traceback that cannot be written is lost, as in CPython (exit 1)
    }

    /** Exit code for a SystemExit, printing its message when it is not an int, as CPython does. */
    public int systemExitCode(PyThread t, PyBaseException e) {
        Object[] args = e.args.items;
        Object code = args.length == 0 ? PyNone.NONE : args.length == 1 ? args[0] : e.args;
        if (code == PyNone.NONE) {
            return 0;
        }
        if (code instanceof Long l) {
            return (int) (long) l;
        }
        if (code instanceof Boolean b) {
            return b ? 1 : 0;
        }
        stdout.flushQuietly(t);
        stderr.write(t, StrRepr.str(code) + "\n");
        stderr.flushQuietly(t);
        return 1;
    }

    ThreadState attachThread(String name) {
        return ThreadState.attach(gil, name);
    }

    public void close() {
        host.closing(this);
        gil.close();
    }
}

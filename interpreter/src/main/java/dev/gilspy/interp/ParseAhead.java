package dev.gilspy.interp;

import dev.gilspy.interp.modules.ModuleRegistry;
import dev.gilspy.interp.parse.ImportScan;
import dev.gilspy.interp.parse.Token;
import dev.gilspy.interp.runtime.Code;
import dev.gilspy.interp.runtime.Importer;
import dev.gilspy.interp.runtime.InterpreterState;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

/**
 * Compiles the shipped library's modules on a second thread before the import that needs them
 * (start-up). When a module has been compiled, its import statements name the modules its body will
 * import next (read from its tokens: {@link ImportScan}); one daemon thread reads those from the jar
 * and compiles them (lex or token table, parse, resolve: {@link Interpreter#compileLibrary}, which
 * touches no interpreter state and evaluates nothing) while the main thread runs the module's body,
 * and then follows their imports in turn, depth first, the order in which the bodies will import them.
 * The import takes the finished {@link Code} (waiting if the thread is compiling that very file right
 * then) or compiles the module itself when the thread has not come to it.
 *
 * <p>Each file is compiled once in the process at most by this thread, and handed to one import only:
 * the first to claim a file (the thread, or an import) owns it; a later import of the same file (another
 * interpreter, {@code importlib.reload}) compiles it again as before. A guess that no import takes (a
 * module under an {@code if} that does not run) costs only that thread's CPU. {@code
 * -Dgilspy.parseAhead=false} turns it off.
 */
final class ParseAhead {
    private ParseAhead() {}

    static final boolean ENABLED = !"false".equals(System.getProperty("gilspy.parseAhead"));

    /** {@code -Dgilspy.parseAhead=stats}: at exit, stderr gets what the thread compiled and which imports took it. */
    private static final boolean STATS = "stats".equals(System.getProperty("gilspy.parseAhead"));
    private static final java.util.Map<String, String> OUTCOME = new ConcurrentHashMap<>();

    /** The longest an import waits for the thread's compile of its file before it compiles the file itself. */
    private static final long WAIT_MS = 2_000;

    /** Per file, who compiles it: a task of the thread's (running or done), or {@link #IMPORT}. */
    private static final ConcurrentHashMap<String, Object> CLAIMS = new ConcurrentHashMap<>();
    private static final Object IMPORT = new Object();

    /**
     * What the thread does next, first first: a module name to compile, a library module's tokens to
     * scan, or the imports of user code.
     */
    private static final LinkedBlockingDeque<Object> WORK = new LinkedBlockingDeque<>();

    private record Scan(String file, List<Token> tokens) {}

    private record Compiled(String source, Code code) {}

    private static Thread thread;

    /**
     * The thread's {@link Code} for library file {@code file} if it compiled it from {@code source},
     * else null, after which the caller compiles it (and the thread never will).
     */
    static Code take(String file, String source) {
        Object claim = CLAIMS.putIfAbsent(file, IMPORT);
        if (!(claim instanceof FutureTask<?> task)) {
            return null;
        }
        CLAIMS.put(file, IMPORT); // the Code goes to this import only
        boolean waited = STATS && !task.isDone();
        long t0 = STATS ? System.nanoTime() : 0;
        Code code;
        try {
            Compiled c = (Compiled) task.get(WAIT_MS, TimeUnit.MILLISECONDS);
            code = c != null && c.source.equals(source) ? c.code : null;
        } catch (Exception e) { // the thread's compile failed (the caller's reports it) or took too long
            code = null;
        } catch (Error e) {
            code = null; // as on the thread: out of stack or memory there; the import tries again
        }
        if (STATS) {
            OUTCOME.put(file, code == null ? "refused" : waited
                ? String.format("taken, waited %.1f ms", (System.nanoTime() - t0) / 1e6) : "taken");
        }
        return code;
    }

    /** Stats: the import compiled library file {@code file} itself in {@code nanos}. */
    static void compiledByImport(String file, long nanos) {
        if (STATS) {
            OUTCOME.put(file, String.format("compiled by the import in %.1f ms", nanos / 1e6));
        }
    }

    /** The source the thread compiled library file {@code file} from (waiting if it is at it), or null. */
    static String source(String file) {
        if (CLAIMS.get(file) instanceof FutureTask<?> task) {
            try {
                return ((Compiled) task.get(WAIT_MS, TimeUnit.MILLISECONDS)).source;
            } catch (Exception | Error e) {
                return null;
            }
        }
        return null;
    }

    /**
     * The import statements of library module {@code file}, whose tokens an import has just read and is
     * about to parse, are the thread's next work.
     */
    static void tokensRead(String file, List<Token> tokens) {
        push(List.of(new Scan(file, tokens)));
    }

    /** A script or a module on disk (just compiled): the library modules its import statements name. */
    static void compiledUserCode(List<Token> tokens) {
        List<ImportScan.Import> imports = ImportScan.imports(tokens);
        if (!imports.isEmpty()) {
            push(List.of(imports)); // the thread starts with the first module that imports one
        }
    }

    private static synchronized void push(List<?> items) {
        for (int i = items.size() - 1; i >= 0; i--) {
            WORK.addFirst(items.get(i));
        }
        if (thread == null) {
            thread = new Thread(null, ParseAhead::work, "gilspy-parse-ahead", 16L << 20);
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            thread.start();
            if (STATS) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    int[] n = new int[2];
                    CLAIMS.forEach((file, claim) -> {
                        if (claim instanceof FutureTask<?>) {
                            System.err.println("parse-ahead: unused " + file);
                        } else {
                            String o = OUTCOME.get(file);
                            n[o == null || o.startsWith("compiled") ? 1 : 0]++;
                            System.err.println("parse-ahead: " + (o == null ? "compiled by the import" : o) + " " + file);
                        }
                    });
                    System.err.println("parse-ahead: " + n[0] + " from the thread, " + n[1] + " compiled by the import");
                }));
            }
        }
    }

    private static void work() {
        Set<String> seen = new HashSet<>();
        while (true) {
            Object item;
            try {
                item = WORK.takeFirst();
            } catch (InterruptedException e) {
                return;
            }
            try {
                if (item instanceof Scan s) {
                    List<String> names = names(packageOf(s.file), ImportScan.imports(s.tokens));
                    for (int i = names.size() - 1; i >= 0; i--) {
                        WORK.addFirst(names.get(i));
                    }
                    String beneath = runsCPythons(s) ? Importer.cpythonBeneath(s.file) : null;
                    if (beneath != null) {
                        compile(beneath, beneath); // before its imports: the package body runs it at once
                    }
                } else if (item instanceof List<?> imports) {
                    @SuppressWarnings("unchecked")
                    List<String> names = names(null, (List<ImportScan.Import>) imports);
                    for (int i = names.size() - 1; i >= 0; i--) {
                        WORK.addFirst(names.get(i));
                    }
                } else if (item instanceof String name && seen.add(name)) {
                    compile(name);
                }
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // a guess gone wrong costs nothing but this item: the import compiles the module itself
            }
        }
    }

    /** On the thread: compiles library module {@code name} if no import has claimed its file. */
    private static void compile(String name) {
        if (name.equals("os")) {
            // modules.OsModule runs CPython's os.py under this name
            compile("<frozen os>", Importer.CPYTHON_LIB + "/os.py");
        }
        String origin = ModuleRegistry.NAMES.contains(name) ? null : Importer.libraryOrigin(name);
        if (origin != null) {
            compile(origin, origin);
        }
    }

    /** Compiles library source {@code origin} as file {@code file} if no import has claimed it. */
    private static void compile(String file, String origin) {
        if (CLAIMS.containsKey(file)) {
            return;
        }
        FutureTask<Compiled> task = new FutureTask<>(() -> {
            String source = InterpreterState.decodeSource(Importer.readOrigin(origin), file);
            Interpreter.Compiled c = Interpreter.compileLibrary(source, file, null);
            WORK.addFirst(new Scan(file, c.tokens()));
            return new Compiled(source, c.code());
        });
        if (CLAIMS.putIfAbsent(file, task) == null) {
            task.run();
        }
    }

    /**
     * Whether gilspy's library module runs CPython's file of the same name ({@code _imp._gilspy_exec}, as
     * gilspy's {@code asyncio/__init__.py} does).
     */
    private static boolean runsCPythons(Scan s) {
        if (!s.file.startsWith(Importer.GILSPY_LIB + "/")) {
            return false;
        }
        for (Token t : s.tokens) {
            if (t.text().equals("_gilspy_exec")) {
                return true;
            }
        }
        return false;
    }

    /** The package a library module's relative imports start from, or null for a file outside the library. */
    private static String packageOf(String file) {
        String rel;
        if (file.equals("<frozen os>")) {
            return "";
        } else if (file.startsWith(Importer.CPYTHON_LIB + "/")) {
            rel = file.substring(Importer.CPYTHON_LIB.length() + 1);
        } else if (file.startsWith(Importer.GILSPY_LIB + "/")) {
            rel = file.substring(Importer.GILSPY_LIB.length() + 1);
        } else {
            return null;
        }
        int slash = rel.lastIndexOf('/');
        return slash < 0 ? "" : rel.substring(0, slash).replace('/', '.');
    }

    /**
     * The absolute module names the imports may load, parents first: for {@code from M import a}
     * also {@code M.a}, which is a submodule when M is a package that has one ({@link #compile} finds
     * out).
     */
    private static List<String> names(String pkg, List<ImportScan.Import> imports) {
        List<String> out = new java.util.ArrayList<>();
        for (ImportScan.Import im : imports) {
            String base = im.module();
            if (im.level() > 0) {
                if (pkg == null) {
                    continue;
                }
                String p = pkg;
                for (int i = 1; i < im.level() && p != null; i++) {
                    int dot = p.lastIndexOf('.');
                    p = dot < 0 ? (p.isEmpty() ? null : "") : p.substring(0, dot);
                }
                if (p == null || p.isEmpty()) {
                    continue;
                }
                base = base.isEmpty() ? p : p + "." + base;
            }
            if (base.isEmpty()) {
                continue;
            }
            for (int dot = base.indexOf('.'); dot > 0; dot = base.indexOf('.', dot + 1)) {
                out.add(base.substring(0, dot));
            }
            out.add(base);
            String origin = im.names().isEmpty() ? null : Importer.libraryOrigin(base);
            if (origin != null && origin.endsWith("/__init__.py")) {
                for (String n : im.names()) {
                    if (!n.equals("*")) {
                        out.add(base + "." + n);
                    }
                }
            }
        }
        return out;
    }
}

package dev.gilspy.interp;

import dev.gilspy.interp.gil.GilMode;
import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.modules.interpreters.Subinterpreters;
import dev.gilspy.interp.runtime.CheckedPrintStream;
import dev.gilspy.interp.runtime.CompileError;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.FdTable;
import dev.gilspy.interp.runtime.ImportTimer;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBuiltin;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Traceback;
import dev.gilspy.interp.runtime.Types;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Command-line entry of the interpreter: {@code java -cp gilspy.jar dev.gilspy.interp.Main [OPTIONS] FILE.py [ARGS]}.
 * {@link #main} and {@link #run(String[], InputStream, PrintStream, PrintStream)} parse argv into a
 * {@link RunOptions} ({@link #parse}); {@code gilspy run} builds that record itself and calls
 * {@link #run(RunOptions, InputStream, PrintStream, PrintStream)} in-process. Options (before the script): {@code --gil=on|legacy|off}
 * (or env {@code PYTHON_GIL=0|1}), {@code --switch-interval=SECONDS}, {@code -c CODE}, {@code --verbose},
 * {@code -X importtime} (CPython's import profile on stderr; {@code -X importtime=compile} adds the
 * compile time of each module: see {@link ImportTimer}).
 * See {@link Interpreter} for where to start reading the interpreter itself.
 */
public final class Main {
    private Main() {}

    /** The script's absolute, normalized path text (a name that is not UTF-8 keeps its escaped bytes). */
    private static String absoluteScript(String file) {
        if (!hasSurrogate(file)) {
            return Path.of(file).toAbsolutePath().normalize().toString();
        }
        if (file.startsWith("/")) {
            return file;
        }
        return Path.of("").toAbsolutePath().normalize() + "/" + (file.startsWith("./") ? file.substring(2) : file);
    }

    /** A loop, not {@code chars().noneMatch(...)}: a stream pipeline cost ~4 ms of a hello world's start-up. */
    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Stack reserved for the thread that runs the main script (the JVM main thread has only ~1 MB). */
    static final long MAIN_STACK = 512L * 1024 * 1024;

    public static void main(String[] args) {
        int code = run(dev.gilspy.interp.runtime.FsNames.recoverArgs(args), System.in, processStdout(), processStderr());
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /**
     * The process's standard output for {@link #run}: unlike {@code System.out}, it lets
     * {@code sys.stdout} see write errors (a full disk, a closed pipe) and raise them as CPython does.
     */
    public static PrintStream processStdout() {
        System.out.flush();
        return new CheckedPrintStream(new FileOutputStream(FileDescriptor.out));
    }

    /**
     * The process's standard error for {@link #run}: {@code sys.stderr} sees its write errors too
     * ({@code 2>/dev/full}); CPython's stderr is unbuffered, and so is this stream.
     */
    public static PrintStream processStderr() {
        System.err.flush();
        return new CheckedPrintStream(new FileOutputStream(FileDescriptor.err));
    }

    static final String USAGE =
        "usage: gilspy [--gil=on|legacy|off] [--switch-interval=SECONDS] [--verbose] [-X importtime] (-c CODE | -m MODULE | FILE.py) [ARGS]";

    /** A command line {@link #parse} refuses, or {@code --help}: what to print, where, and the exit code. */
    static final class ArgvError extends Exception {
        private static final long serialVersionUID = 1L;
        final int exitCode;

        ArgvError(String message, int exitCode) {
            super(message, null, false, false);
            this.exitCode = exitCode;
        }
    }

    /**
     * Parses {@code python3}'s command line: options, then {@code -c CODE}, {@code -m MODULE},
     * {@code -} or FILE, then the program's arguments.
     *
     * @throws ArgvError for a bad command line (exit 2) or {@code --help} (exit 0, usage on stdout)
     */
    static RunOptions parse(String[] argv) throws ArgvError {
        GilMode gil = null;
        Double switchInterval = null;
        boolean verbose = false;
        boolean ignoreEnvironment = false;
        String importTime = null;
        int i = 0;
        for (; i < argv.length; i++) {
            String a = argv[i];
            if (a.startsWith("--gil=")) {
                try {
                    gil = GilMode.parse(a.substring(6));
                } catch (IllegalArgumentException e) {
                    throw new ArgvError("gilspy: " + e.getMessage(), 2);
                }
            } else if (a.startsWith("--switch-interval=")) {
                double seconds;
                try {
                    seconds = Double.parseDouble(a.substring("--switch-interval=".length()));
                } catch (NumberFormatException e) {
                    throw new ArgvError("gilspy: invalid --switch-interval '" + a.substring(18) + "' (expected seconds, e.g. 0.005)", 2);
                }
                if (!(seconds > 0)) {
                    throw new ArgvError("gilspy: --switch-interval must be strictly positive", 2);
                }
                switchInterval = seconds;
            } else if (a.equals("--verbose")) {
                verbose = true;
            } else if (a.equals("-c") || a.equals("-m")) {
                if (i + 1 >= argv.length) {
                    throw new ArgvError("Argument expected for the " + a + " option", 2);
                }
                RunOptions.Program program = a.equals("-c") ? RunOptions.Program.COMMAND : RunOptions.Program.MODULE;
                return new RunOptions(gil, switchInterval, verbose, importTime, ignoreEnvironment, program, argv[i + 1],
                    java.util.Arrays.asList(argv).subList(i + 2, argv.length));
            } else if (a.startsWith("-X")) {
                // -X OPTION or -XOPTION: importtime as CPython's; other implementation options are ignored
                String x = a.length() > 2 ? a.substring(2) : i + 1 < argv.length ? argv[++i] : null;
                if (x == null) {
                    throw new ArgvError("Argument expected for the -X option", 2);
                }
                if (x.equals("importtime") || x.startsWith("importtime=")) {
                    importTime = x;
                }
            } else if (a.equals("-E") || a.equals("-I")) {
                ignoreEnvironment = true; // -E ignores PYTHON* variables, PYTHONPROFILEIMPORTTIME among them; -I is -E and -s here
            } else if (a.equals("-u") || a.equals("-B") || a.equals("-s") || a.equals("-S") || a.equals("-q")) {
                continue;
            } else if (a.equals("-h") || a.equals("--help")) {
                throw new ArgvError(USAGE, 0);
            } else if (a.startsWith("-") && !a.equals("-")) {
                throw new ArgvError("gilspy: unknown option " + a, 2);
            } else {
                break;
            }
        }
        if (i >= argv.length) {
            throw new ArgvError(USAGE, 2);
        }
        List<String> args = java.util.Arrays.asList(argv).subList(i + 1, argv.length);
        return argv[i].equals("-")
            ? new RunOptions(gil, switchInterval, verbose, importTime, ignoreEnvironment, RunOptions.Program.STDIN, null, args)
            : new RunOptions(gil, switchInterval, verbose, importTime, ignoreEnvironment, RunOptions.Program.FILE, argv[i], args);
    }

    /**
     * Runs a script like {@code python3}: options, then the script path, then {@code sys.argv[1:]}.
     * Never calls System.exit, so it can be called many times in one JVM.
     *
     * @return the process exit code CPython would give
     */
    public static int run(String[] argv, InputStream in, PrintStream out, PrintStream err) {
        RunOptions options;
        try {
            options = parse(argv);
        } catch (ArgvError e) {
            (e.exitCode == 0 ? out : err).println(e.getMessage());
            return e.exitCode;
        }
        return run(options, in, out, err);
    }

    /**
     * Runs the program {@code options} name, as {@code python3} would (the entry {@code gilspy run}
     * calls with the options it parsed). Never calls System.exit.
     *
     * @return the process exit code CPython would give
     */
    public static int run(RunOptions options, InputStream in, PrintStream out, PrintStream err) {
        CdsTraining.installIfRecording();
        GilMode mode = options.gil() != null ? options.gil() : modeFromEnvironment(System.getenv("PYTHON_GIL"));
        String importTime = options.importTime();
        if (importTime == null && !options.ignoreEnvironment()) {
            String env = System.getenv("PYTHONPROFILEIMPORTTIME");
            importTime = env != null && !env.isEmpty() ? "importtime" : null;
        }
        double switchInterval = options.switchInterval() == null ? -1 : options.switchInterval();
        List<String> origArgv = options.argv();
        String[] scriptArgs = options.sysArgv().toArray(String[]::new);
        boolean verbose = options.verbose();
        String file;
        String source;
        switch (options.program()) {
            case MODULE:
                // as python3 -m NAME: the module (a package's __main__) runs as __main__, sys.path[0] is the cwd
                return runSource(origArgv, mode, switchInterval, verbose, importTime, MODULE_PREFIX + options.target(), "", scriptArgs, in, out, err);
            case COMMAND:
                return runSource(origArgv, mode, switchInterval, verbose, importTime, "<string>", options.target(), scriptArgs, in, out, err);
            case STDIN:
                // as `python3 -`: the program is stdin, sys.argv[0] is '-', tracebacks name <stdin>
                file = "<stdin>";
                try {
                    source = InterpreterState.decodeSource(in.readAllBytes(), file);
                } catch (IOException e) {
                    err.println("gilspy: can't read stdin: " + e.getMessage());
                    return 2;
                } catch (CompileError e) {
                    err.println(e.typeName + ": " + e.msg);
                    return 1;
                }
                return runSource(origArgv, mode, switchInterval, verbose, importTime, file, source, scriptArgs, in, out, err);
            default:
                break;
        }
        file = options.target();
        byte[] data;
        try {
            // relative to the process's own directory (as Path.of does), not to a chdir of an earlier run in this JVM
            data = Files.readAllBytes(dev.gilspy.interp.runtime.FsNames.path(file, Path.of("").toAbsolutePath().toString()));
        } catch (NoSuchFileException e) {
            err.println("gilspy: can't open file " + StrRepr.reprStr(Path.of(file).toAbsolutePath().toString())
                + ": [Errno 2] No such file or directory");
            return 2;
        } catch (IOException e) {
            boolean dir = Files.isDirectory(Path.of(file));
            err.println("gilspy: can't open file " + StrRepr.reprStr(Path.of(file).toAbsolutePath().toString())
                + (dir ? ": [Errno 21] Is a directory" : ": [Errno 13] Permission denied"));
            return 2;
        } catch (RuntimeException e) {
            err.println("gilspy: can't open file '" + file + "': " + e.getMessage());
            return 2;
        }
        // CPython 3.9+ reports the main script by its absolute path (tracebacks, __file__).
        file = absoluteScript(file);
        try {
            source = InterpreterState.decodeSource(data, file);
        } catch (CompileError e) {
            err.println(e.typeName + ": " + e.msg);
            return 1;
        }
        return runSource(origArgv, mode, switchInterval, verbose, importTime, file, source, scriptArgs, in, out, err);
    }

    /** {@code PYTHON_GIL=0|1}, as CPython's free-threaded build reads it; on otherwise. */
    private static GilMode modeFromEnvironment(String env) {
        if (env != null && (env.equals("0") || env.equals("1"))) {
            return env.equals("0") ? GilMode.OFF : GilMode.ON;
        }
        return GilMode.ON;
    }

    /** The file name {@link #runSource} is given for {@code -m NAME}: no file, a module to find. */
    private static final String MODULE_PREFIX = "<-m>";

    private static int runSource(List<String> origArgv, GilMode mode, double switchInterval, boolean verbose, String importTime, String file, String source,
                                 String[] scriptArgs, InputStream in, PrintStream out, PrintStream err) {
        InterpreterState interp = new Interpreter(mode, in, out, err, verbose).state();
        if (importTime != null) {
            interp.importTimer = new ImportTimer(err, importTime.equals("importtime=compile"));
        }
        publishForProfilers(mode);
        if (switchInterval > 0) {
            interp.gil.setSwitchIntervalMicros(Math.max(1, (long) (switchInterval * 1e6)));
        }
        PyList argvList = (PyList) interp.sys.get("argv");
        PyList origArgvList = (PyList) interp.sys.get("orig_argv");
        origArgvList.append("gilspy");
        for (String a : origArgv) {
            origArgvList.append(a);
        }
        for (String a : scriptArgs) {
            argvList.append(a);
        }
        PyList pathList = (PyList) interp.sys.get("path");
        if (file.startsWith(MODULE_PREFIX)) {
            pathList.append(Path.of("").toAbsolutePath().toString());
        } else {
            int slash = file.lastIndexOf('/'); // the script's path is absolute here (absoluteScript)
            pathList.append(file.startsWith("<") || slash < 0 ? "" : slash == 0 ? "/" : file.substring(0, slash));
        }
        AtomicInteger exit = new AtomicInteger(1);
        Thread main = new Thread(null, () -> exit.set(runMain(interp, file, source)), "MainThread", MAIN_STACK);
        interp.gil.setMainThread(main);
        Object oldHandler = installSigint(interp);
        main.start();
        try {
            main.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            restoreSigint(oldHandler);
            interp.close();
        }
        out.flush();
        err.flush();
        return exit.get();
    }

    /**
     * Tells tools that inspect this JVM from outside (the attach API's system properties, as
     * {@code gilspy list} reads them) that a gilspy interpreter runs here, and in which GIL mode.
     */
    private static void publishForProfilers(GilMode mode) {
        System.setProperty("gilspy.interpreter.version", "3.11.7");
        System.setProperty("gilspy.gil.mode", mode.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static int runMain(InterpreterState interp, String file, String source) {
        ThreadState ts = ThreadState.attach(interp.gil, "MainThread");
        interp.mainTs = ts;
        PyThread t = PyThread.create(interp, ts);
        ts.takeGil();
        int code = 0;
        try {
            PyModule mainModule = new PyModule("__main__");
            mainModule.put("__file__", file);
            mainModule.put("__builtins__", interp.builtins);
            mainModule.put("__doc__", PyNone.NONE);
            mainModule.put("__package__", PyNone.NONE);
            mainModule.put("__spec__", PyNone.NONE);
            interp.mainModule = mainModule;
            interp.modules.put("__main__", mainModule);
            if (file.startsWith(MODULE_PREFIX)) {
                mainModule.cells.remove("__file__");
                code = runGuarded(interp, t, () -> interp.importer.runModuleAsMain(t, file.substring(MODULE_PREFIX.length()), mainModule));
            } else {
                code = runGuarded(interp, t, () -> interp.run(t, source, file, mainModule));
            }
            int shutdown = runGuarded(interp, t, () -> {
                PyModule threading = interp.modules.get("threading");
                Object sd = threading == null ? null : threading.get("_shutdown");
                if (sd != null) {
                    try {
                        Ops.call(t, sd, new Object[0], null);
                    } catch (PyException e) {
                        // wait_for_thread_shutdown: PyErr_WriteUnraisable(threading), the exit status kept
                        // (an atexit function registered from a threading atexit function raises here);
                        // SystemExit and Ctrl-C still end the process as before
                        if (Err.matches(e, Types.SystemExit) || Err.matches(e, Types.KeyboardInterrupt)) {
                            throw e;
                        }
                        dev.gilspy.interp.runtime.Finalizers.unraisable(t, threading, e);
                    }
                }
                return null;
            });
            if (code == 0) {
                code = shutdown;
            }
            // CPython runs atexit callbacks after joining non-daemon threads (Py_FinalizeEx)
            int atexit = runGuarded(interp, t, () -> {
                PyModule mod = interp.modules.get("atexit");
                Object run = mod == null ? null : mod.get("_run_exitfuncs");
                if (run != null) {
                    Ops.call(t, run, new Object[0], null);
                }
                return null;
            });
            if (code == 0) {
                code = atexit;
            }
            // __main__'s globals go and the __del__ methods that makes due run (see Finalizers)
            runGuarded(interp, t, () -> {
                dev.gilspy.interp.runtime.Finalizers.atExit(t, mainModule);
                return null;
            });
            FdTable.flushAll(interp, t); // the files left open, as finalization flushes them
            Subinterpreters.flushChildren(interp, t);
            // Py_FinalizeEx flushes sys.stdout; when that fails CPython reports it and exits 120
            PyException failed = interp.stdout.flushQuietly(t);
            if (failed != null) {
                interp.stderr.write(t, "Exception ignored in: " + interp.stdout + "\n"
                    + failed.exc.type().name + ": " + StrRepr.str(failed.exc) + "\n");
                interp.stderr.flushQuietly(t);
                code = 120;
            }
            return code;
        } finally {
            interp.stdout.flushQuietly(t);
            interp.stderr.flushQuietly(t);
            ts.dropGil();
            ts.detach();
            PyThread.clearCurrent();
        }
    }

    private interface Body {
        Object run();
    }

    private static int runGuarded(InterpreterState interp, PyThread t, Body body) {
        try {
            body.run();
            return 0;
        } catch (PyException e) {
            if (Err.matches(e, Types.SystemExit)) {
                return interp.systemExitCode(t, e.exc);
            }
            Object hook = interp.sys.get("excepthook");
            if (hook instanceof PyBuiltin || hook == null) {
                interp.printException(t, e.exc);
            } else {
                try {
                    Ops.call(t, hook, new Object[] {e.exc.type(), e.exc, Traceback.of(e.exc)}, null);
                } catch (PyException e2) {
                    interp.printException(t, e2.exc);
                }
            }
            return Err.matches(e, Types.KeyboardInterrupt) ? 130 : 1;
        } catch (CompileError e) {
            printSyntaxError(interp, t, e);
            return 1;
        } catch (StackOverflowError e) {
            interp.stdout.flushQuietly(t);
            interp.stderr.write(t, "Traceback (most recent call last):\nRecursionError: maximum recursion depth exceeded\n");
            return 1;
        } catch (OutOfMemoryError e) {
            // an allocation failed outside any try statement or function: CPython's MemoryError,
            // reported as any uncaught exception (the failed object is garbage by now)
            return runGuarded(interp, t, () -> {
                throw Err.memory();
            });
        } catch (RuntimeException | LinkageError e) {
            interp.stdout.flushQuietly(t);
            interp.stderr.write(t, "gilspy: internal error: " + e + "\n");
            interp.stderr.flushQuietly(t);
            if (interp.verbose) {
                e.printStackTrace(interp.errStream);
            }
            return 1;
        }
    }

    static void printSyntaxError(InterpreterState interp, PyThread t, CompileError e) {
        StringBuilder sb = new StringBuilder();
        if (e.text != null) {
            sb.append("  File \"").append(e.file).append("\", line ").append(e.line).append('\n');
            String stripped = e.text.stripLeading();
            int removed = e.text.length() - stripped.length();
            sb.append("    ").append(stripped.stripTrailing()).append('\n');
            int caret = Math.max(0, e.col - 1 - removed);
            if (!e.msg.equals("unexpected indent") && !e.msg.startsWith("expected an indented block")) {
                sb.append("    ").append(" ".repeat(Math.min(caret, Math.max(0, stripped.stripTrailing().length())))).append("^\n");
            }
        }
        sb.append(e.typeName).append(e.msg.isEmpty() ? "" : ": " + e.msg).append('\n');
        interp.stdout.flushQuietly(t);
        interp.stderr.write(t, sb.toString());
        interp.stderr.flushQuietly(t);
    }

    @SuppressWarnings("removal")
    private static Object installSigint(InterpreterState interp) {
        try {
            return sun.misc.Signal.handle(new sun.misc.Signal("INT"), sig -> {
                ThreadState ts = interp.mainTs;
                if (ts != null) {
                    ts.requestInterrupt();
                }
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static void restoreSigint(Object old) {
        if (old instanceof sun.misc.SignalHandler h) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal("INT"), h);
            } catch (IllegalArgumentException e) {
                // nothing to restore
            }
        }
    }
}

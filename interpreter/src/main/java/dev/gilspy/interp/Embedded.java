package dev.gilspy.interp;

import dev.gilspy.interp.gil.Gil;
import dev.gilspy.interp.gil.GilMode;
import dev.gilspy.interp.gil.GilState;
import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.CompileError;
import dev.gilspy.interp.runtime.FdTable;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyObj;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.Traceback;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Embedding API: a Java application with Python inside, the way a C program embeds CPython.
 * Start here if you host the interpreter yourself.
 *
 * <pre>{@code
 * try (Embedded py = Embedded.create(GilMode.ON)) {
 *     py.exec("def handler(n):\n    return sum(i * i for i in range(n))\n");
 *     Embedded.Function handler = py.function("handler");
 *     long r = (Long) handler.call(1000);     // from any Java thread: ensures the GIL, calls, releases
 * }
 * }</pre>
 *
 * <p>Every entry point ({@link #exec}, {@link #runFile}, {@link Function#call}, {@link #get}) works like
 * {@code PyGILState_Ensure} / {@code PyGILState_Release}: it takes the GIL on the calling thread
 * through {@link GilState}, runs, and drops it again, so concurrent Java threads take turns exactly
 * as Python threads do, and a profiler sees them as Python threads. A thread the interpreter never
 * saw gets a thread state for the duration of the call; threads made by {@link #threadFactory} keep
 * one for their whole life, so they show up in {@code gilspy top} as stable, named rows.
 *
 * <p>Values cross with {@link #toPython} and {@link #toJava}: {@code null}/None, Long/int,
 * Double/float, String/str, Boolean/bool, List/list, Map/dict (Java arrays become tuples, and
 * tuples come back as unmodifiable lists). Anything else from Python comes back as an opaque
 * object that can be passed back in. Python exceptions surface as {@link PythonError}.
 */
public final class Embedded implements AutoCloseable {
    /** Thread stack for {@link #threadFactory} threads: deep Python recursion needs more than the JVM default. */
    private static final long STACK_SIZE = 64L * 1024 * 1024;

    private final InterpreterState interp;
    private final PyModule main;
    private volatile boolean closed;

    private Embedded(InterpreterState interp) {
        this.interp = interp;
        this.main = new PyModule("__main__");
        main.put("__builtins__", interp.builtins);
        main.put("__doc__", PyNone.NONE);
        interp.mainModule = main;
        interp.modules.put("__main__", main);
        ((PyList) interp.sys.get("path")).append("");
    }

    /** A new interpreter with its own GIL, printing to the JVM's stdout and stderr. */
    public static Embedded create(GilMode mode) {
        return create(mode, System.in, System.out, System.err);
    }

    /** A new interpreter with its own GIL and the given standard streams. */
    public static Embedded create(GilMode mode, InputStream in, PrintStream out, PrintStream err) {
        if (mode == null) {
            throw new IllegalArgumentException("Embedded.create: mode must not be null");
        }
        return new Embedded(new Interpreter(mode, in, out, err, false).state());
    }

    /** The interpreter's GIL, for {@link GilState} and for the profiler. */
    public Gil gil() {
        return interp.gil;
    }

    /** The interpreter id the agent reports ({@code dev.gilspy:type=Gil,interpreter=ID}). */
    public int id() {
        return interp.id;
    }

    /** {@code sys.setswitchinterval(seconds)}. */
    public void setSwitchInterval(double seconds) {
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("switch interval must be strictly positive");
        }
        interp.gil.setSwitchIntervalMicros(Math.max(1, (long) (seconds * 1e6)));
    }

    /** Runs {@code source} in the {@code __main__} module, like {@code PyRun_SimpleString}. */
    public void exec(String source) {
        exec(source, "<embedded>");
    }

    /** Runs {@code source} in {@code __main__}, naming it {@code fileName} in tracebacks. */
    public void exec(String source, String fileName) {
        if (source == null || fileName == null) {
            throw new IllegalArgumentException("Embedded.exec: source and fileName must not be null");
        }
        withGil(t -> {
            try {
                interp.run(t, source, fileName, main);
            } catch (CompileError e) {
                throw new PythonError("SyntaxError", e.msg + " (" + e.file + ", line " + e.line + ")",
                    "SyntaxError: " + e.msg + " (" + e.file + ", line " + e.line + ")\n");
            }
            return null;
        });
    }

    /**
     * Runs a script file in {@code __main__}, with {@code sys.argv = [file, args...]} and the
     * script's directory on {@code sys.path}, as {@code python3 FILE ARGS} would.
     */
    public void runFile(Path file, String... args) {
        String source;
        Path abs = file.toAbsolutePath().normalize();
        try {
            source = InterpreterState.decodeSource(Files.readAllBytes(abs), abs.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("can't open file '" + file + "': " + e.getMessage(), e);
        } catch (CompileError e) {
            throw new PythonError("SyntaxError", e.msg, "SyntaxError: " + e.msg + "\n");
        }
        PyList argv = new PyList();
        interp.sys.put("argv", argv);
        argv.append(abs.toString());
        for (String a : args) {
            argv.append(a);
        }
        if (abs.getParent() != null) {
            ((PyList) interp.sys.get("path")).append(abs.getParent().toString());
        }
        main.put("__file__", abs.toString());
        exec(source, abs.toString());
    }

    /** A global of {@code __main__}, converted with {@link #toJava}; {@code null} when absent or None. */
    public Object get(String name) {
        return withGil(t -> toJava(main.get(name)));
    }

    /** Binds a Java value to a global of {@code __main__}. */
    public void set(String name, Object value) {
        withGil(t -> {
            main.put(name, toPython(value));
            return null;
        });
    }

    /** A callable global of {@code __main__} or builtin, looked up once and callable from any Java thread. */
    public Function function(String name) {
        Object fn = withGil(t -> {
            Object f = main.get(name);
            return f != null ? f : interp.builtins.get(name);
        });
        if (fn == null) {
            throw new PythonError("NameError", "name '" + name + "' is not defined",
                "NameError: name '" + name + "' is not defined\n");
        }
        return new Function(name, fn);
    }

    /** Shorthand for {@code function(name).call(args)}. */
    public Object call(String name, Object... args) {
        return function(name).call(args);
    }

    /**
     * Threads that stay attached to this interpreter for their whole life (named {@code prefix-N}),
     * so an executor's workers appear in {@code gilspy top} as the same rows from call to call
     * instead of a new thread state per call.
     */
    public ThreadFactory threadFactory(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return body -> {
            String name = prefix + "-" + n.incrementAndGet();
            Thread th = new Thread(null, () -> {
                ThreadState ts = ThreadState.attach(interp.gil, name);
                PyThread.create(interp, ts);
                interp.threadCount.incrementAndGet();
                try {
                    body.run();
                } finally {
                    interp.threadCount.decrementAndGet();
                    ts.detach();
                    PyThread.clearCurrent();
                }
            }, name, STACK_SIZE);
            th.setDaemon(true);
            return th;
        };
    }

    /** Joins Python threads still running ({@code threading._shutdown}), runs the atexit callbacks, then retires the GIL. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            withGil(t -> {
                PyModule threading = interp.modules.get("threading");
                Object shutdown = threading == null ? null : threading.get("_shutdown");
                if (shutdown != null) {
                    Ops.call(t, shutdown, new Object[0], null);
                }
                // then the atexit callbacks, as Py_FinalizeEx
                PyModule atexit = interp.modules.get("atexit");
                Object run = atexit == null ? null : atexit.get("_run_exitfuncs");
                if (run != null) {
                    Ops.call(t, run, new Object[0], null);
                }
                FdTable.flushAll(interp, t);
                interp.stdout.flushQuietly(t);
                interp.stderr.flushQuietly(t);
                return null;
            });
        } finally {
            closed = true;
            interp.close();
        }
    }

    /** A Python callable bound to this interpreter. */
    public final class Function {
        private final String name;
        private final Object fn;

        private Function(String name, Object fn) {
            this.name = name;
            this.fn = fn;
        }

        /** Calls it with positional arguments converted by {@link #toPython}; the result by {@link #toJava}. */
        public Object call(Object... args) {
            return withGil(t -> {
                Object[] py = new Object[args.length];
                for (int i = 0; i < args.length; i++) {
                    py[i] = toPython(args[i]);
                }
                return toJava(Ops.call(t, fn, py, null));
            });
        }

        /** Calls it with keyword arguments as well (insertion order kept). */
        public Object call(List<?> args, Map<String, ?> kwargs) {
            return withGil(t -> {
                Object[] py = new Object[args.size() + kwargs.size()];
                String[] names = kwargs.isEmpty() ? null : new String[kwargs.size()];
                int i = 0;
                for (Object a : args) {
                    py[i++] = toPython(a);
                }
                int k = 0;
                for (Map.Entry<String, ?> e : kwargs.entrySet()) {
                    names[k++] = e.getKey();
                    py[i++] = toPython(e.getValue());
                }
                return toJava(Ops.call(t, fn, py, names));
            });
        }

        @Override
        public String toString() {
            return "<python function " + name + ">";
        }
    }

    /** A Python exception that escaped into Java: its type name, message and CPython-style traceback. */
    public static final class PythonError extends RuntimeException {
        private final String type;
        private final String traceback;

        PythonError(String type, String message, String traceback) {
            super(type + ": " + message, null, false, false);
            this.type = type;
            this.traceback = traceback;
        }

        /** The Python exception's class name, such as {@code ZeroDivisionError}. */
        public String type() {
            return type;
        }

        /** The traceback as {@code python3} would print it. */
        public String traceback() {
            return traceback;
        }
    }

    // ---------------------------------------------------------------- conversions

    /** Java to Python: see the class comment for the mapping. */
    public static Object toPython(Object v) {
        if (v == null) {
            return PyNone.NONE;
        }
        if (v instanceof Long || v instanceof Double || v instanceof String || v instanceof Boolean || v instanceof PyObj) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof BigInteger b) {
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
        if (v instanceof Character c) {
            return String.valueOf(c);
        }
        if (v instanceof List<?> list) {
            Object[] items = new Object[list.size()];
            int i = 0;
            for (Object o : list) {
                items[i++] = toPython(o);
            }
            return new PyList(items);
        }
        if (v instanceof Object[] array) {
            Object[] items = new Object[array.length];
            for (int i = 0; i < array.length; i++) {
                items[i] = toPython(array[i]);
            }
            return new PyTuple(items);
        }
        if (v instanceof Map<?, ?> map) {
            PyDict d = new PyDict();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                d.put(toPython(e.getKey()), toPython(e.getValue()));
            }
            return d;
        }
        throw new IllegalArgumentException("cannot convert " + v.getClass().getName() + " to a Python value");
    }

    /** Python to Java: see the class comment for the mapping. */
    public static Object toJava(Object v) {
        if (v == null || v == PyNone.NONE) {
            return null;
        }
        if (v instanceof PyList list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list.toArray()) {
                out.add(toJava(o));
            }
            return out;
        }
        if (v instanceof PyTuple tuple) {
            List<Object> out = new ArrayList<>(tuple.items.length);
            for (Object o : tuple.items) {
                out.add(toJava(o));
            }
            return Collections.unmodifiableList(out);
        }
        if (v instanceof PyDict dict) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<Object, Object> e : dict.entries()) {
                out.put(toJava(e.getKey()), toJava(e.getValue()));
            }
            return out;
        }
        return v;
    }

    // ---------------------------------------------------------------- the GIL around every entry

    private interface Body {
        Object run(PyThread t);
    }

    private Object withGil(Body body) {
        if (closed) {
            throw new IllegalStateException("interpreter " + interp.id + " is closed");
        }
        GilState.Token token = GilState.ensure(interp.gil);
        ThreadState ts = token.threadState();
        PyThread previous = PyThread.current();
        boolean fresh = previous == null || previous.ts != ts;
        if (fresh && previous != null && previous.ts.holdsGil()) {
            token.close();
            throw new IllegalStateException("this thread is running Python in another interpreter; "
                + "calls across interpreters on one thread are not supported");
        }
        PyThread t = fresh ? PyThread.create(interp, ts) : previous;
        try {
            return body.run(t);
        } catch (PyException e) {
            throw new PythonError(e.exc.type().name, e.exc.messageText(), Traceback.format(interp, e.exc));
        } catch (StackOverflowError e) {
            throw new PythonError("RecursionError", "maximum recursion depth exceeded",
                "RecursionError: maximum recursion depth exceeded\n");
        } finally {
            if (fresh) {
                PyThread.clearCurrent();
            }
            token.close();
        }
    }
}

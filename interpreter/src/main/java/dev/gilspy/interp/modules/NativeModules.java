package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Args;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Frame;
import dev.gilspy.interp.Interpreter;
import dev.gilspy.interp.modules.interpreters.InterpretersModule;
import dev.gilspy.interp.modules.mp.MultiprocessingModule;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBaseException;
import dev.gilspy.interp.runtime.PyBuiltin;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyCallable;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyInstance;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Traceback;
import dev.gilspy.interp.runtime.Types;

import dev.gilspy.interp.gil.GilMode;
import dev.gilspy.interp.gil.ThreadState;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Built-in modules written in Java. The pure-Python stdlib builds on these:
 * <ul>
 *   <li>{@code sys}: argv, exit, path, modules, stdout/stderr/stdin, version(_info), platform, maxsize,
 *       byteorder, implementation, exc_info, excepthook, unraisablehook, get/setswitchinterval,
 *       get/setcheckinterval, get/setrecursionlimit, _is_gil_enabled, _getframe, getsizeof, flags,
 *       executable, intern.</li>
 *   <li>{@code time}: time, time_ns, perf_counter(_ns), monotonic(_ns), process_time, thread_time,
 *       sleep (drops the GIL), strftime, localtime, gmtime, ctime.</li>
 *   <li>{@code math}: constants and the usual functions.</li>
 *   <li>{@code os} / {@code os.path}: getpid, getcwd, environ, getenv, cpu_count, listdir, remove,
 *       sep, linesep, path.join/exists/isfile/isdir/basename/dirname/abspath/splitext.</li>
 *   <li>{@code _thread}: see {@link ThreadModule}. {@code _socket}: see {@link SocketModule}.</li>
 *   <li>{@code gc}: collect/enable/disable/isenabled. {@code _gilspy_native}: compute, hold.</li>
 * </ul>
 */
public final class NativeModules {
    private NativeModules() {}

    public static PyModule create(Interpreter interp, String name) {
        switch (name) {
            case "time": return time(interp);
            case "math": return MathModule.create();
            case "_thread": return ThreadModule.create(interp);
            case "os": return os(interp);
            case "os.path", "posixpath": {
                PyModule os = interp.importModule(PyThread.current(), "os");
                return (PyModule) os.get("path");
            }
            case "gc": return gc();
            case "_gilspy_native": return gilspyNative();
            case "_socket": return SocketModule.create(interp);
            case "_gilspy_mp": return MultiprocessingModule.create(interp);
            case "_interpreters", "_interpqueues": return InterpretersModule.create(interp, name);
            case "__main__": return interp.mainModule;
            default: return null;
        }
    }

    public static void fn(PyModule m, String name, PyCallable body) {
        m.put(name, new PyBuiltin(name, body));
    }

    // ---------------------------------------------------------------- sys

    public static PyModule sys(Interpreter interp) {
        PyModule m = new PyModule("sys");
        m.put("argv", new PyList());
        m.put("path", new PyList());
        m.put("modules", new ModulesDict(interp));
        m.put("stdout", interp.stdout);
        m.put("stderr", interp.stderr);
        m.put("stdin", interp.stdin);
        m.put("__stdout__", interp.stdout);
        m.put("__stderr__", interp.stderr);
        m.put("__stdin__", interp.stdin);
        m.put("version", "3.11.7 (gilspy) [Java " + System.getProperty("java.version") + "]");
        m.put("version_info", PyTuple.of(3L, 11L, 7L, "final", 0L));
        m.put("hexversion", 0x030b07f0L);
        m.put("platform", System.getProperty("os.name", "").toLowerCase().startsWith("linux") ? "linux"
            : System.getProperty("os.name", "").toLowerCase().startsWith("mac") ? "darwin" : "win32");
        m.put("maxsize", Long.MAX_VALUE);
        m.put("byteorder", "little");
        m.put("executable", "gilspy");
        m.put("api_version", 1013L);
        m.put("float_info", PyTuple.of(Double.MAX_VALUE, 1024L, 308L, Double.MIN_NORMAL, -1021L, -307L, 15L, 53L, Math.ulp(1.0), 2L, 1L));
        PyInstance impl = new PyInstance(Types.OBJECT.builtin ? simpleNamespace() : Types.OBJECT);
        impl.putDictAttr("name", "gilspy");
        impl.putDictAttr("version", m.get("version_info"));
        impl.putDictAttr("cache_tag", PyNone.NONE);
        m.put("implementation", impl);
        PyInstance flags = new PyInstance(simpleNamespace());
        flags.putDictAttr("optimize", 0L);
        flags.putDictAttr("interactive", 0L);
        flags.putDictAttr("verbose", 0L);
        m.put("flags", flags);
        fn(m, "exit", (t, a, k) -> {
            throw Err.make(Types.SystemExit, a.length > 0 ? new Object[] {a[0]} : new Object[0]);
        });
        fn(m, "exc_info", (t, a, k) -> {
            PyBaseException e = t.handled;
            return e == null ? PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE) : PyTuple.of(e.type(), e, Traceback.of(e));
        });
        fn(m, "exception", (t, a, k) -> t.handled == null ? PyNone.NONE : t.handled);
        fn(m, "excepthook", (t, a, k) -> {
            if (a[1] instanceof PyBaseException e) {
                interp.printException(t, e);
            }
            return PyNone.NONE;
        });
        m.put("__excepthook__", m.get("excepthook"));
        fn(m, "unraisablehook", (t, a, k) -> {
            Object exc = Ops.getattrOrNull(a[0], "exc_value");
            if (exc instanceof PyBaseException e) {
                interp.printException(t, e);
            }
            return PyNone.NONE;
        });
        fn(m, "getswitchinterval", (t, a, k) -> interp.gil.switchIntervalMicros() / 1e6);
        fn(m, "setswitchinterval", (t, a, k) -> {
            double s = Ops.toDouble(a[0]);
            if (!(s > 0)) {
                throw Err.value("switch interval must be strictly positive");
            }
            interp.gil.setSwitchIntervalMicros(Math.max(1, (long) (s * 1e6)));
            return PyNone.NONE;
        });
        fn(m, "getcheckinterval", (t, a, k) -> (long) interp.gil.checkInterval());
        fn(m, "setcheckinterval", (t, a, k) -> {
            interp.gil.setCheckInterval((int) Ops.toLong(a[0]));
            return PyNone.NONE;
        });
        fn(m, "getrecursionlimit", (t, a, k) -> (long) interp.recursionLimit);
        fn(m, "setrecursionlimit", (t, a, k) -> {
            long n = Ops.toLong(a[0]);
            if (n < 1) {
                throw Err.value("recursion limit must be greater or equal than 1");
            }
            interp.recursionLimit = (int) Math.min(n, 1_000_000);
            return PyNone.NONE;
        });
        fn(m, "_is_gil_enabled", (t, a, k) -> interp.gil.mode() != GilMode.OFF);
        fn(m, "_getframe", (t, a, k) -> {
            Frame f = t.top;
            long depth = a.length > 0 ? Ops.toLong(a[0]) : 0;
            for (long i = 0; i < depth && f != null; i++) {
                f = f.back;
            }
            if (f == null) {
                throw Err.value("call stack is not deep enough");
            }
            return new Traceback.FrameObj(f);
        });
        fn(m, "getsizeof", (t, a, k) -> 64L);
        fn(m, "intern", (t, a, k) -> ((String) a[0]).intern());
        fn(m, "getdefaultencoding", (t, a, k) -> "utf-8");
        fn(m, "getfilesystemencoding", (t, a, k) -> "utf-8");
        fn(m, "audit", (t, a, k) -> PyNone.NONE);
        return m;
    }

    /** {@code types.SimpleNamespace}-like class for sys.implementation and sys.flags. */
    private static PyType simpleNamespace() {
        PyType t = new PyType("SimpleNamespace", new PyType[] {Types.OBJECT}, PyType.Layout.OBJECT, false);
        t.module = "types";
        return t;
    }

    /** {@code sys.modules}: a dict view over the interpreter's module table. */
    static final class ModulesDict extends PyDict {
        private final Interpreter interp;
        ModulesDict(Interpreter interp) { this.interp = interp; }
        @Override public Object get(Object k) {
            Object v = super.get(k);
            return v != null ? v : k instanceof String s ? interp.modules.get(s) : null;
        }
        @Override public void put(Object k, Object v) {
            super.put(k, v);
            if (k instanceof String s && v instanceof PyModule pm) {
                interp.modules.put(s, pm);
            }
        }
        @Override public boolean containsKey(Object k) {
            return k instanceof String s && interp.modules.containsKey(s) || super.containsKey(k);
        }
        @Override public Object remove(Object k) {
            Object r = super.remove(k);
            Object r2 = k instanceof String s ? interp.modules.remove(s) : null;
            return r != null ? r : r2;
        }
        @Override public Object[] keysArray() {
            return interp.modules.keySet().toArray();
        }
        @Override public int size() { return interp.modules.size(); }
    }

    // ---------------------------------------------------------------- time

    static final long START_NANOS = System.nanoTime();

    static PyModule time(Interpreter interp) {
        PyModule m = new PyModule("time");
        fn(m, "time_ns", (t, a, k) -> {
            Instant now = Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        });
        m.put("time", new PyBuiltin("time", (t, a, k) -> {
            Instant now = Instant.now();
            return now.getEpochSecond() + now.getNano() / 1e9;
        }));
        fn(m, "perf_counter", (t, a, k) -> (System.nanoTime() - START_NANOS) / 1e9);
        fn(m, "perf_counter_ns", (t, a, k) -> System.nanoTime() - START_NANOS);
        fn(m, "monotonic", (t, a, k) -> (System.nanoTime() - START_NANOS) / 1e9);
        fn(m, "monotonic_ns", (t, a, k) -> System.nanoTime() - START_NANOS);
        fn(m, "process_time", (t, a, k) -> processCpu() / 1e9);
        fn(m, "process_time_ns", (t, a, k) -> processCpu());
        fn(m, "thread_time", (t, a, k) -> threadCpu() / 1e9);
        fn(m, "thread_time_ns", (t, a, k) -> threadCpu());
        fn(m, "sleep", (t, a, k) -> {
            double s = Ops.toDouble(a[0]);
            if (s < 0) {
                throw Err.value("sleep length must be non-negative");
            }
            sleep(t, s);
            return PyNone.NONE;
        });
        fn(m, "strftime", (t, a, k) -> strftime(Ops.str(a[0]), a.length > 1 ? toZdt(a[1]) : ZonedDateTime.now()));
        fn(m, "localtime", (t, a, k) -> structTime(a.length > 0 && a[0] != PyNone.NONE
            ? Instant.ofEpochMilli((long) (Ops.toDouble(a[0]) * 1000)).atZone(ZoneId.systemDefault()) : ZonedDateTime.now()));
        fn(m, "gmtime", (t, a, k) -> structTime(a.length > 0 && a[0] != PyNone.NONE
            ? Instant.ofEpochMilli((long) (Ops.toDouble(a[0]) * 1000)).atZone(ZoneId.of("UTC")) : ZonedDateTime.now(ZoneId.of("UTC"))));
        fn(m, "ctime", (t, a, k) -> strftime("%a %b %d %H:%M:%S %Y", a.length > 0 && a[0] != PyNone.NONE
            ? Instant.ofEpochMilli((long) (Ops.toDouble(a[0]) * 1000)).atZone(ZoneId.systemDefault()) : ZonedDateTime.now()));
        fn(m, "asctime", (t, a, k) -> strftime("%a %b %d %H:%M:%S %Y", a.length > 0 ? toZdt(a[0]) : ZonedDateTime.now()));
        fn(m, "mktime", (t, a, k) -> (double) toZdt(a[0]).toEpochSecond());
        m.put("timezone", (long) -ZonedDateTime.now().getOffset().getTotalSeconds());
        m.put("tzname", PyTuple.of("UTC", "UTC"));
        return m;
    }

    /** Sleeps with the GIL dropped, like {@code time.sleep}; Ctrl-C still interrupts it at the next check site. */
    static void sleep(PyThread t, double seconds) {
        long nanos = (long) (seconds * 1e9);
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            long deadline = System.nanoTime() + nanos;
            long left = nanos;
            while (left > 0) {
                try {
                    Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
                } catch (InterruptedException e) {
                    break;
                }
                if (t.ts.evalBreaker != 0 && t.ts.thread() == t.interp.gil.mainThread() && sigintPending(t)) {
                    break;
                }
                left = deadline - System.nanoTime();
            }
        } finally {
            t.ts.endAllowThreads();
        }
        t.checkBreaker();
    }

    private static boolean sigintPending(PyThread t) {
        return t.ts.evalBreaker != 0 && !t.ts.dropRequested() && t.interp.gil.mode() != GilMode.LEGACY;
    }

    private static long processCpu() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return System.nanoTime();
    }

    private static long threadCpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static ZonedDateTime toZdt(Object st) {
        Object[] f = Ops.toArray(st);
        return ZonedDateTime.of((int) Ops.toLong(f[0]), (int) Ops.toLong(f[1]), (int) Ops.toLong(f[2]),
            (int) Ops.toLong(f[3]), (int) Ops.toLong(f[4]), (int) Math.min(59, Ops.toLong(f[5])), 0, ZoneId.systemDefault());
    }

    private static PyTuple structTime(ZonedDateTime z) {
        return PyTuple.of((long) z.getYear(), (long) z.getMonthValue(), (long) z.getDayOfMonth(), (long) z.getHour(),
            (long) z.getMinute(), (long) z.getSecond(), (long) (z.getDayOfWeek().getValue() - 1), (long) z.getDayOfYear(), 0L);
    }

    static String strftime(String fmt, ZonedDateTime z) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                sb.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            switch (d) {
                case 'Y' -> sb.append(z.getYear());
                case 'm' -> sb.append(String.format("%02d", z.getMonthValue()));
                case 'd' -> sb.append(String.format("%02d", z.getDayOfMonth()));
                case 'H' -> sb.append(String.format("%02d", z.getHour()));
                case 'M' -> sb.append(String.format("%02d", z.getMinute()));
                case 'S' -> sb.append(String.format("%02d", z.getSecond()));
                case 'y' -> sb.append(String.format("%02d", z.getYear() % 100));
                case 'a' -> sb.append(z.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US));
                case 'A' -> sb.append(z.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US));
                case 'b' -> sb.append(z.getMonth().getDisplayName(TextStyle.SHORT, Locale.US));
                case 'B' -> sb.append(z.getMonth().getDisplayName(TextStyle.FULL, Locale.US));
                case 'j' -> sb.append(String.format("%03d", z.getDayOfYear()));
                case 'p' -> sb.append(z.getHour() < 12 ? "AM" : "PM");
                case 'I' -> sb.append(String.format("%02d", (z.getHour() + 11) % 12 + 1));
                case 'Z' -> sb.append(z.getZone().getDisplayName(TextStyle.SHORT, Locale.US));
                case 'z' -> sb.append(z.getOffset().getId().replace(":", "").replace("Z", "+0000"));
                case '%' -> sb.append('%');
                default -> sb.append('%').append(d);
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- os

    static PyModule os(Interpreter interp) {
        PyModule m = new PyModule("os");
        m.put("sep", "/");
        m.put("linesep", "\n");
        m.put("pathsep", ":");
        m.put("curdir", ".");
        m.put("name", "posix");
        PyDict env = new PyDict();
        System.getenv().forEach(env::put);
        m.put("environ", env);
        fn(m, "getpid", (t, a, k) -> ProcessHandle.current().pid());
        fn(m, "getppid", (t, a, k) -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L));
        fn(m, "getcwd", (t, a, k) -> System.getProperty("user.dir"));
        fn(m, "getenv", (t, a, k) -> {
            Object v = env.get(a[0]);
            return v != null ? v : a.length > 1 ? a[1] : PyNone.NONE;
        });
        fn(m, "cpu_count", (t, a, k) -> (long) Runtime.getRuntime().availableProcessors());
        fn(m, "listdir", (t, a, k) -> {
            java.io.File d = new java.io.File(a.length > 0 ? Ops.str(a[0]) : ".");
            String[] names = d.list();
            if (names == null) {
                throw Err.os(2, "No such file or directory");
            }
            java.util.Arrays.sort(names);
            return new PyList(names);
        });
        fn(m, "remove", (t, a, k) -> {
            java.io.File f = new java.io.File(Ops.str(a[0]));
            if (!f.delete()) {
                PyException e = Err.os(2, "No such file or directory");
                e.exc.putDictAttr("filename", a[0]);
                throw e;
            }
            return PyNone.NONE;
        });
        m.put("unlink", m.get("remove"));
        fn(m, "mkdir", (t, a, k) -> {
            java.io.File f = new java.io.File(Ops.str(a[0]));
            if (f.exists()) {
                throw Err.os(17, "File exists");
            }
            f.mkdir();
            return PyNone.NONE;
        });
        fn(m, "makedirs", (t, a, k) -> {
            new java.io.File(Ops.str(a[0])).mkdirs();
            return PyNone.NONE;
        });
        fn(m, "rmdir", (t, a, k) -> {
            new java.io.File(Ops.str(a[0])).delete();
            return PyNone.NONE;
        });
        fn(m, "rename", (t, a, k) -> {
            new java.io.File(Ops.str(a[0])).renameTo(new java.io.File(Ops.str(a[1])));
            return PyNone.NONE;
        });
        fn(m, "urandom", (t, a, k) -> {
            byte[] b = new byte[(int) Ops.toLong(a[0])];
            new java.security.SecureRandom().nextBytes(b);
            return new PyBytes(b);
        });
        fn(m, "get_terminal_size", (t, a, k) -> PyTuple.of(80L, 24L));
        fn(m, "fspath", (t, a, k) -> a[0]);
        fn(m, "_exit", (t, a, k) -> {
            interp.stdout.flush(t);
            Runtime.getRuntime().halt((int) Ops.toLong(a[0]));
            return PyNone.NONE;
        });
        PyModule p = new PyModule("posixpath");
        fn(p, "join", (t, a, k) -> {
            String r = Ops.str(a[0]);
            for (int i = 1; i < a.length; i++) {
                String s = Ops.str(a[i]);
                if (s.startsWith("/")) {
                    r = s;
                } else if (r.isEmpty() || r.endsWith("/")) {
                    r = r + s;
                } else {
                    r = r + "/" + s;
                }
            }
            return r;
        });
        fn(p, "exists", (t, a, k) -> new java.io.File(Ops.str(a[0])).exists());
        fn(p, "isfile", (t, a, k) -> new java.io.File(Ops.str(a[0])).isFile());
        fn(p, "isdir", (t, a, k) -> new java.io.File(Ops.str(a[0])).isDirectory());
        fn(p, "getsize", (t, a, k) -> new java.io.File(Ops.str(a[0])).length());
        fn(p, "basename", (t, a, k) -> {
            String s = Ops.str(a[0]);
            return s.substring(s.lastIndexOf('/') + 1);
        });
        fn(p, "dirname", (t, a, k) -> {
            String s = Ops.str(a[0]);
            int i = s.lastIndexOf('/');
            return i < 0 ? "" : i == 0 ? "/" : s.substring(0, i);
        });
        fn(p, "abspath", (t, a, k) -> java.nio.file.Path.of(Ops.str(a[0])).toAbsolutePath().normalize().toString());
        fn(p, "realpath", (t, a, k) -> java.nio.file.Path.of(Ops.str(a[0])).toAbsolutePath().normalize().toString());
        fn(p, "normpath", (t, a, k) -> {
            String r = java.nio.file.Path.of(Ops.str(a[0])).normalize().toString();
            return r.isEmpty() ? "." : r;
        });
        fn(p, "isabs", (t, a, k) -> Ops.str(a[0]).startsWith("/"));
        fn(p, "split", (t, a, k) -> {
            String s = Ops.str(a[0]);
            int i = s.lastIndexOf('/');
            return i < 0 ? PyTuple.of("", s) : PyTuple.of(i == 0 ? "/" : s.substring(0, i), s.substring(i + 1));
        });
        fn(p, "splitext", (t, a, k) -> {
            String s = Ops.str(a[0]);
            int slash = s.lastIndexOf('/');
            int dot = s.lastIndexOf('.');
            if (dot <= slash + 1 || dot < 0) {
                return PyTuple.of(s, "");
            }
            return PyTuple.of(s.substring(0, dot), s.substring(dot));
        });
        p.put("sep", "/");
        m.put("path", p);
        interp.modules.put("os.path", p);
        return m;
    }

    // ---------------------------------------------------------------- gc, _gilspy_native

    static PyModule gc() {
        PyModule m = new PyModule("gc");
        boolean[] enabled = {true};
        fn(m, "collect", (t, a, k) -> 0L);
        fn(m, "enable", (t, a, k) -> {
            enabled[0] = true;
            return PyNone.NONE;
        });
        fn(m, "disable", (t, a, k) -> {
            enabled[0] = false;
            return PyNone.NONE;
        });
        fn(m, "isenabled", (t, a, k) -> enabled[0]);
        fn(m, "get_count", (t, a, k) -> PyTuple.of(0L, 0L, 0L));
        return m;
    }

    static final long MERSENNE_61 = (1L << 61) - 1;

    static PyModule gilspyNative() {
        PyModule m = new PyModule("_gilspy_native");
        fn(m, "compute", (t, a, k) -> {
            long n = Ops.toLong(a[0]);
            Object rel = Args.get(a, k, 1, "release_gil", Boolean.TRUE);
            boolean release = Ops.truthy(rel);
            if (release) {
                t.ts.beginAllowThreads(ThreadState.RELEASED_NATIVE);
            }
            try {
                return sumSquaresMod(n);
            } finally {
                if (release) {
                    t.ts.endAllowThreads();
                }
            }
        });
        fn(m, "hold", (t, a, k) -> {
            long end = System.nanoTime() + (long) (Ops.toDouble(a[0]) * 1e9);
            long x = 0;
            while (System.nanoTime() < end) {
                x++;
            }
            return x;
        });
        return m;
    }

    /** Σ i² mod (2^61 - 1) for i in [0, n): real work the JIT cannot fold away. */
    static long sumSquaresMod(long n) {
        long acc = 0;
        for (long i = 0; i < n; i++) {
            long sq = i < 3_037_000_499L ? (i * i) % MERSENNE_61
                : BigInteger.valueOf(i).multiply(BigInteger.valueOf(i)).mod(BigInteger.valueOf(MERSENNE_61)).longValue();
            acc += sq;
            if (acc >= MERSENNE_61) {
                acc -= MERSENNE_61;
            }
        }
        return acc;
    }
}

package dev.gilspy.interp.modules;

import dev.gilspy.interp.gil.GilMode;
import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.ObjectSizes;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBaseException;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyFrame;
import dev.gilspy.interp.runtime.PyInstance;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Traceback;
import dev.gilspy.interp.runtime.Types;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** {@code sys}: argv, exit, path, modules, the standard streams, version, exc_info, hooks, the switch interval, recursion limit, {@code _is_gil_enabled}, {@code _getframe}, flags. */
public final class SysModule {
    private SysModule() {}

    public static PyModule sys(InterpreterState interp) {
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
        m.put("version_info", dev.gilspy.interp.runtime.StructSeq.make(dev.gilspy.interp.runtime.StructSeq.type("sys", "version_info",
            "major", "minor", "micro", "releaselevel", "serial"), 3L, 11L, 7L, "final", 0L));
        m.put("hexversion", 0x030b07f0L);
        dev.gilspy.interp.runtime.Coroutines.installSys(m);
        m.put("platform", System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("linux") ? "linux"
            : System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac") ? "darwin" : "win32");
        m.put("maxsize", Long.MAX_VALUE);
        m.put("byteorder", "little");
        // the launcher's gilspy-python (python3's command line on gilspy), so that a program's
        // subprocess.run([sys.executable, ...]) starts gilspy again; "gilspy" when started some other way
        m.put("executable", System.getProperty("gilspy.executable", "gilspy"));
        m.put("api_version", 1013L);
        PyInstance impl = new PyInstance(Types.OBJECT.builtin ? simpleNamespace() : Types.OBJECT);
        impl.putDictAttr("name", "gilspy");
        impl.putDictAttr("version", m.get("version_info"));
        impl.putDictAttr("cache_tag", "gilspy-311");
        m.put("implementation", impl);
        m.def("exit", (t, a, k) -> {
            throw Err.make(Types.SystemExit, a.length > 0 ? new Object[] {a[0]} : new Object[0]);
        });
        m.def("exc_info", (t, a, k) -> {
            PyBaseException e = t.handled;
            return e == null ? PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE) : PyTuple.of(e.type(), e, Traceback.of(e));
        });
        m.def("exception", (t, a, k) -> t.handled == null ? PyNone.NONE : t.handled);
        m.def("excepthook", (t, a, k) -> {
            if (a[1] instanceof PyBaseException e) {
                printToSysStderr(t, m, e);
            }
            return PyNone.NONE;
        });
        m.put("__excepthook__", m.get("excepthook"));
        m.def("unraisablehook", (t, a, k) -> {
            Object exc = Ops.getattrOrNull(a[0], "exc_value");
            if (exc instanceof PyBaseException e) {
                interp.printException(t, e);
            }
            return PyNone.NONE;
        });
        m.def("getswitchinterval", (t, a, k) -> interp.gil.switchIntervalMicros() / 1e6);
        m.def("setswitchinterval", (t, a, k) -> {
            double s = Ops.toDouble(a[0]);
            if (!(s > 0)) {
                throw Err.value("switch interval must be strictly positive");
            }
            interp.gil.setSwitchIntervalMicros(Math.max(1, (long) (s * 1e6)));
            return PyNone.NONE;
        });
        m.def("getcheckinterval", (t, a, k) -> (long) interp.gil.checkInterval());
        m.def("setcheckinterval", (t, a, k) -> {
            interp.gil.setCheckInterval((int) Ops.toLong(a[0]));
            return PyNone.NONE;
        });
        m.def("getrecursionlimit", (t, a, k) -> (long) interp.recursionLimit);
        m.def("setrecursionlimit", (t, a, k) -> {
            long n = Ops.toLong(a[0]);
            if (n < 1) {
                throw Err.value("recursion limit must be greater or equal than 1");
            }
            interp.recursionLimit = (int) Math.min(n, 1_000_000);
            return PyNone.NONE;
        });
        m.def("_is_gil_enabled", (t, a, k) -> interp.gil.mode() != GilMode.OFF);
        m.def("_getframe", (t, a, k) -> {
            PyFrame f = t.top;
            long depth = a.length > 0 ? Ops.toLong(a[0]) : 0;
            for (long i = 0; i < depth && f != null; i++) {
                f = f.back;
            }
            if (f == null) {
                throw Err.value("call stack is not deep enough");
            }
            return new Traceback.FrameObj(f);
        });
        m.def("getsizeof", (t, a, k) -> ObjectSizes.getsizeof(BuiltinArgs.get(a, k, 0, "object", null), BuiltinArgs.get(a, k, 1, "default", null)));
        m.def("intern", (t, a, k) -> ((String) a[0]).intern());
        m.def("getdefaultencoding", (t, a, k) -> "utf-8");
        m.def("getfilesystemencoding", (t, a, k) -> "utf-8");
        SysInfo.install(m, interp);
        return m;
    }

    /** {@code types.SimpleNamespace}-like class for sys.implementation and sys.flags. */
    private static PyType simpleNamespace() {
        return dev.gilspy.interp.runtime.SimpleNamespace.TYPE;
    }

    /** {@code sys.modules}: a dict view over the interpreter's module table. */
    static final class ModulesDict extends PyDict {
        private final InterpreterState interp;
        ModulesDict(InterpreterState interp) { this.interp = interp; }
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
    }

    /** sys.excepthook as PyErr_Display: the traceback goes to whatever sys.stderr is now (a test's captured stream). */
    private static void printToSysStderr(PyThread t, PyModule sys, PyBaseException e) {
        Object err = sys.get("stderr");
        if (err == null || err == PyNone.NONE) {
            return;
        }
        if (err == t.interp.stderr) {
            t.interp.printException(t, e);
            return;
        }
        Ops.call(t, Ops.getattr(err, "write"), new Object[] {Traceback.format(t.interp, e)}, null);
        Object flush = Ops.getattrOrNull(err, "flush");
        if (flush != null) {
            Ops.call(t, flush, new Object[0], null);
        }
    }
}

package dev.gilspy.interp.modules;

import dev.gilspy.interp.modules.posix.PosixModule;
import dev.gilspy.interp.runtime.CompileError;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Importer;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.Types;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code os}: CPython's own {@code os.py} over the Java {@code posix} module ({@link PosixModule}),
 * with {@code os.path} being CPython's {@code posixpath.py}.
 *
 * <p>{@code os.py} needs {@code abc} and {@code _collections_abc}, which need more of the core (yield
 * expressions, {@code _weakref}/{@code _abc}) than every build has. While they fail to import, {@code os}
 * is the stand-in {@link #fallback}: everything of {@code posix}, CPython's {@code posixpath} as
 * {@code os.path}, and the few things {@code os.py} adds that gilspy programs use (a str
 * {@code environ}, getenv, makedirs, fsencode/fsdecode). Once {@code os.py} imports, the stand-in is
 * never built.
 */
public final class OsModule {
    private OsModule() {}

    private static final String SOURCE = Importer.CPYTHON_LIB + "/os.py";

    static PyModule os(InterpreterState interp) {
        PyThread t = PyThread.current();
        PyModule m = new PyModule("os");
        m.put("__file__", "<frozen os>");
        interp.modules.put("os", m);
        // GraalPy's copy of os.py ends by naming its file through __graalpython__.stdlib_home
        PyModule graal = new PyModule("__graalpython__");
        graal.put("stdlib_home", "<gilspy>/lib/python3.11"); // the pseudo path the importer gives CPython's Lib/
        m.put("__graalpython__", graal);
        try {
            // the shipped library's path: def bodies parse on first use (most of os.py's are never called)
            interp.runLibrary(t, source(), "<frozen os>", m);
            m.cells.remove("__graalpython__");
            return m;
        } catch (PyException e) {
            if (!Err.matches(e, Types.ImportError) && !Err.matches(e, Types.get("SyntaxError"))) {
                interp.modules.remove("os");
                throw e;
            }
        } catch (CompileError e) {
            // a construct os.py's imports use is not yet compiled: the stand-in below serves
        }
        return fallback(interp, t);
    }

    /** os.py's text, read as the importer reads the library (the jar's index, not the class loader's URL machinery). */
    private static String source() {
        try {
            return new String(Importer.readOrigin(SOURCE), StandardCharsets.UTF_8);
        } catch (PyException e) {
            throw Err.make(Types.ImportError, "cannot read " + SOURCE);
        }
    }

    private static PyModule fallback(InterpreterState interp, PyThread t) {
        PyModule m = new PyModule("os");
        interp.modules.put("os", m);
        PyModule posix = interp.importModule(t, "posix");
        posix.cells.forEach((name, cell) -> {
            if (cell.value != null && !name.startsWith("__")) {
                m.put(name, cell.value);
            }
        });
        m.put("name", "posix");
        m.put("sep", "/");
        m.put("altsep", PyNone.NONE);
        m.put("extsep", ".");
        m.put("linesep", "\n");
        m.put("pathsep", ":");
        m.put("curdir", ".");
        m.put("pardir", "..");
        m.put("defpath", "/bin:/usr/bin");
        m.put("devnull", "/dev/null");
        PyDict env = new PyDict();
        for (Map.Entry<Object, Object> e : ((PyDict) posix.get("environ")).entries()) {
            env.put(decode(e.getKey()), decode(e.getValue()));
        }
        m.put("environ", env);
        m.def("getenv", (th, a, k) -> {
            Object v = env.get(a[0]);
            return v != null ? v : a.length > 1 ? a[1] : PyNone.NONE;
        });
        m.def("fsencode", (th, a, k) -> a[0] instanceof String s ? new PyBytes(s.getBytes(StandardCharsets.UTF_8)) : a[0]);
        m.def("fsdecode", (th, a, k) -> decode(a[0]));
        m.def("makedirs", (th, a, k) -> {
            String p = dev.gilspy.interp.runtime.StrRepr.str(Ops.call(th, m.get("fspath"), new Object[] {a[0]}, null));
            boolean existOk = Ops.truthy(dev.gilspy.interp.runtime.BuiltinArgs.get(a, k, 2, "exist_ok", false));
            java.nio.file.Path path = java.nio.file.Path.of(System.getProperty("user.dir")).resolve(p);
            if (java.nio.file.Files.isDirectory(path)) {
                if (!existOk) {
                    PyException e = Err.os(17, "File exists");
                    e.exc.putDictAttr("filename", a[0]);
                    throw e;
                }
                return PyNone.NONE;
            }
            try {
                java.nio.file.Files.createDirectories(path);
            } catch (IOException e) {
                throw Err.os(17, "File exists");
            }
            return PyNone.NONE;
        });
        PyModule path = interp.importModule(t, "posixpath");
        m.put("path", path);
        interp.modules.put("os.path", path);
        return m;
    }

    private static Object decode(Object o) {
        return o instanceof PyBytes b ? new String(b.data(), StandardCharsets.UTF_8) : o;
    }
}

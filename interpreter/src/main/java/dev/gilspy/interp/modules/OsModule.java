package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.StrRepr;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** {@code os} and {@code os.path}: getpid, getcwd, environ, cpu_count, listdir, remove, and the path functions. */
public final class OsModule {
    private OsModule() {}

    public static PyModule os(InterpreterState interp) {
        PyModule m = new PyModule("os");
        m.put("sep", "/");
        m.put("linesep", "\n");
        m.put("pathsep", ":");
        m.put("curdir", ".");
        m.put("name", "posix");
        PyDict env = new PyDict();
        System.getenv().forEach(env::put);
        m.put("environ", env);
        m.def("getpid", (t, a, k) -> ProcessHandle.current().pid());
        m.def("getppid", (t, a, k) -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L));
        m.def("getcwd", (t, a, k) -> System.getProperty("user.dir"));
        m.def("getenv", (t, a, k) -> {
            Object v = env.get(a[0]);
            return v != null ? v : a.length > 1 ? a[1] : PyNone.NONE;
        });
        m.def("cpu_count", (t, a, k) -> (long) Runtime.getRuntime().availableProcessors());
        m.def("listdir", (t, a, k) -> {
            java.io.File d = new java.io.File(a.length > 0 ? StrRepr.str(a[0]) : ".");
            String[] names = d.list();
            if (names == null) {
                throw Err.os(2, "No such file or directory");
            }
            java.util.Arrays.sort(names);
            return new PyList(names);
        });
        m.def("remove", (t, a, k) -> {
            java.io.File f = new java.io.File(StrRepr.str(a[0]));
            if (!f.delete()) {
                PyException e = Err.os(2, "No such file or directory");
                e.exc.putDictAttr("filename", a[0]);
                throw e;
            }
            return PyNone.NONE;
        });
        m.put("unlink", m.get("remove"));
        m.def("mkdir", (t, a, k) -> {
            java.io.File f = new java.io.File(StrRepr.str(a[0]));
            if (f.exists()) {
                throw Err.os(17, "File exists");
            }
            f.mkdir();
            return PyNone.NONE;
        });
        m.def("makedirs", (t, a, k) -> {
            new java.io.File(StrRepr.str(a[0])).mkdirs();
            return PyNone.NONE;
        });
        m.def("rmdir", (t, a, k) -> {
            new java.io.File(StrRepr.str(a[0])).delete();
            return PyNone.NONE;
        });
        m.def("rename", (t, a, k) -> {
            new java.io.File(StrRepr.str(a[0])).renameTo(new java.io.File(StrRepr.str(a[1])));
            return PyNone.NONE;
        });
        m.def("urandom", (t, a, k) -> {
            long n = Ops.toLong(a[0]);
            if (n < 0) {
                throw Err.value("negative argument not allowed");
            }
            byte[] b = new byte[Ops.arraySize(n)];
            new java.security.SecureRandom().nextBytes(b);
            return new PyBytes(b);
        });
        m.def("get_terminal_size", (t, a, k) -> PyTuple.of(80L, 24L));
        m.def("fspath", (t, a, k) -> a[0]);
        m.def("_exit", (t, a, k) -> {
            interp.stdout.flushQuietly(t); // os._exit must exit even when stdout cannot be written
            Runtime.getRuntime().halt((int) Ops.toLong(a[0]));
            return PyNone.NONE;
        });
        PyModule p = new PyModule("posixpath");
        p.def("join", (t, a, k) -> {
            String r = StrRepr.str(a[0]);
            for (int i = 1; i < a.length; i++) {
                String s = StrRepr.str(a[i]);
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
        p.def("exists", (t, a, k) -> new java.io.File(StrRepr.str(a[0])).exists());
        p.def("isfile", (t, a, k) -> new java.io.File(StrRepr.str(a[0])).isFile());
        p.def("isdir", (t, a, k) -> new java.io.File(StrRepr.str(a[0])).isDirectory());
        p.def("getsize", (t, a, k) -> new java.io.File(StrRepr.str(a[0])).length());
        p.def("basename", (t, a, k) -> {
            String s = StrRepr.str(a[0]);
            return s.substring(s.lastIndexOf('/') + 1);
        });
        p.def("dirname", (t, a, k) -> {
            String s = StrRepr.str(a[0]);
            int i = s.lastIndexOf('/');
            return i < 0 ? "" : i == 0 ? "/" : s.substring(0, i);
        });
        p.def("abspath", (t, a, k) -> java.nio.file.Path.of(StrRepr.str(a[0])).toAbsolutePath().normalize().toString());
        p.def("realpath", (t, a, k) -> java.nio.file.Path.of(StrRepr.str(a[0])).toAbsolutePath().normalize().toString());
        p.def("normpath", (t, a, k) -> {
            String r = java.nio.file.Path.of(StrRepr.str(a[0])).normalize().toString();
            return r.isEmpty() ? "." : r;
        });
        p.def("isabs", (t, a, k) -> StrRepr.str(a[0]).startsWith("/"));
        p.def("split", (t, a, k) -> {
            String s = StrRepr.str(a[0]);
            int i = s.lastIndexOf('/');
            return i < 0 ? PyTuple.of("", s) : PyTuple.of(i == 0 ? "/" : s.substring(0, i), s.substring(i + 1));
        });
        p.def("splitext", (t, a, k) -> {
            String s = StrRepr.str(a[0]);
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
}

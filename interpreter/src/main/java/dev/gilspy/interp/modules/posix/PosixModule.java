package dev.gilspy.interp.modules.posix;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.StructSeq;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code posix} ({@code Modules/posixmodule.c}), what CPython's {@code os.py} imports with
 * {@code from posix import *}: the file-system functions ({@link PosixFiles}), the descriptor
 * functions ({@link PosixFds}), {@code scandir} ({@link Scandir}), {@code stat_result}
 * ({@link PosixStat}), and here the process's identity, environment and the constants.
 */
public final class PosixModule {
    private PosixModule() {}

    static final PyType TERMINAL_SIZE = StructSeq.newType("os", "terminal_size", new String[] {"columns", "lines"}, 2);
    static final String[] TIMES_FIELDS = {"user", "system", "children_user", "children_system", "elapsed"};
    static final PyType TIMES_RESULT = StructSeq.newType("posix", "times_result", TIMES_FIELDS, 5);
    static final String[] UNAME_FIELDS = {"sysname", "nodename", "release", "version", "machine"};
    static final PyType UNAME_RESULT = StructSeq.newType("posix", "uname_result", UNAME_FIELDS, 5);
    private static final long START_NANOS = System.nanoTime();

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("posix");
        constants(m);
        m.put("stat_result", PosixStat.STAT_RESULT);
        m.put("terminal_size", TERMINAL_SIZE);
        m.put("times_result", TIMES_RESULT);
        m.put("uname_result", UNAME_RESULT);
        m.put("error", dev.gilspy.interp.runtime.Types.OSError);
        m.put("_have_functions", new PyList(new Object[0]));
        PosixFiles.install(m, interp);
        PosixFds.install(m, interp);
        Scandir.install(m, interp);
        environ(m);
        process(m, interp);
        m.def("strerror", (t, a, k) -> ErrnoModule.strerror((int) Ops.toLong(a[0])));
        m.def("fspath", (t, a, k) -> {
            Object p = BuiltinArgs.get(a, k, 0, "path", null);
            if (p instanceof String || p instanceof PyBytes) {
                return p;
            }
            Object f = Ops.getattrOrNull(p, "__fspath__");
            if (f == null) {
                throw Err.type("expected str, bytes or os.PathLike object, not " + Ops.typeName(p));
            }
            Object r = Ops.call(dev.gilspy.interp.runtime.PyThread.current(), f, new Object[0], null);
            if (!(r instanceof String) && !(r instanceof PyBytes)) {
                throw Err.type("expected " + Ops.typeName(p) + ".__fspath__() to return str or bytes, not " + Ops.typeName(r));
            }
            return r;
        });
        m.def("urandom", (t, a, k) -> {
            long n = Ops.toLong(a[0]);
            if (n < 0) {
                throw Err.value("negative argument not allowed");
            }
            byte[] b = new byte[Ops.arraySize(n)];
            // _PyOS_URandom releases the GIL around getrandom(2)
            return new PyBytes(PosixFiles.io(t, null, null, () -> {
                new java.security.SecureRandom().nextBytes(b);
                return b;
            }));
        });
        m.def("cpu_count", (t, a, k) -> (long) Runtime.getRuntime().availableProcessors());
        m.def("get_terminal_size", (t, a, k) -> {
            int fd = a.length > 0 ? PosixFds.fd(a[0]) : 1;
            dev.gilspy.interp.runtime.FdTable table = dev.gilspy.interp.runtime.FdTable.of(interp);
            if (!table.isOpen(fd) || !dev.gilspy.interp.runtime.FdTable.isatty(table.get(fd))) {
                throw OsErrors.withErrno(fd >= 0 && table.isOpen(fd) ? 25 : 9, null, null);
            }
            long[] size = Terminal.size();
            return StructSeq.make(TERMINAL_SIZE, new String[] {"columns", "lines"}, 2, new Object[] {size[0], size[1]});
        });
        m.def("uname", (t, a, k) -> StructSeq.make(UNAME_RESULT, UNAME_FIELDS, 5, new Object[] {
            proc("ostype", "Linux"), proc("hostname", "localhost"), proc("osrelease", System.getProperty("os.version")),
            proc("version", ""), machine()}));
        m.def("times", (t, a, k) -> {
            double user = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
            double elapsed = (System.nanoTime() - START_NANOS) / 1e9;
            return StructSeq.make(TIMES_RESULT, TIMES_FIELDS, 5, new Object[] {user, 0.0, 0.0, 0.0, elapsed});
        });
        return m;
    }

    private static String proc(String name, String fallback) {
        try {
            return Files.readString(Path.of("/proc/sys/kernel", name)).strip();
        } catch (IOException | RuntimeException e) {
            return fallback;
        }
    }

    private static String machine() {
        String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "amd64" -> "x86_64";
            case "arm64" -> "aarch64";
            default -> arch;
        };
    }

    private static void environ(PyModule m) {
        PyDict env = new PyDict();
        ProcessEnv.initial().forEach((key, v) -> env.put(bytes(key), bytes(v)));
        m.put("environ", env);
        // a JVM cannot change its own environment: putenv/unsetenv succeed and affect only os.environ,
        // which is what the process's children (multiprocessing's, subprocess's) are given
        m.def("putenv", (t, a, k) -> {
            String key = Subprocess.fsString(a[0]);
            if (key.isEmpty() || key.contains("=")) {
                throw Err.value("illegal environment variable name");
            }
            ProcessEnv.put(key, Subprocess.fsString(a[1]));
            return PyNone.NONE;
        });
        m.def("unsetenv", (t, a, k) -> {
            ProcessEnv.unset(Subprocess.fsString(a[0]));
            return PyNone.NONE;
        });
    }

    static PyBytes bytes(String s) {
        return new PyBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private static void process(PyModule m, InterpreterState interp) {
        m.def("getpid", (t, a, k) -> ProcessHandle.current().pid());
        m.def("getppid", (t, a, k) -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L));
        m.def("getuid", (t, a, k) -> procOwner("uid"));
        m.def("geteuid", (t, a, k) -> procOwner("uid"));
        m.def("getgid", (t, a, k) -> procOwner("gid"));
        m.def("getegid", (t, a, k) -> procOwner("gid"));
        m.def("getlogin", (t, a, k) -> System.getProperty("user.name"));
        long[] umask = {0022};
        m.def("umask", (t, a, k) -> {
            // a JVM cannot set its umask; files it creates get the real one, so this reports what was asked
            long old = umask[0];
            umask[0] = Ops.toLong(a[0]) & 0777;
            return old;
        });
        m.def("kill", (t, a, k) -> Process.kill(t, Ops.toLong(a[0]), (int) Ops.toLong(a[1])));
        m.def("waitpid", (t, a, k) -> Children.waitpid(t, Ops.toLong(a[0]), (int) Ops.toLong(a[1])));
        m.def("_exit", (t, a, k) -> {
            interp.stdout.flushQuietly(t); // os._exit must exit even when stdout cannot be written
            Runtime.getRuntime().halt((int) Ops.toLong(a[0]));
            return PyNone.NONE;
        });
        Process.waitMacros(m);
    }

    private static long procOwner(String which) {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:" + which)).longValue();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static void constants(PyModule m) {
        Object[][] ints = {
            {"F_OK", 0}, {"R_OK", 4}, {"W_OK", 2}, {"X_OK", 1},
            {"O_RDONLY", 0}, {"O_WRONLY", 1}, {"O_RDWR", 2}, {"O_CREAT", 0100}, {"O_EXCL", 0200}, {"O_NOCTTY", 0400},
            {"O_TRUNC", 01000}, {"O_APPEND", 02000}, {"O_NONBLOCK", 04000}, {"O_NDELAY", 04000}, {"O_DSYNC", 010000},
            {"O_SYNC", 04010000}, {"O_RSYNC", 04010000}, {"O_DIRECTORY", 0200000}, {"O_NOFOLLOW", 0400000},
            {"O_CLOEXEC", 02000000}, {"O_ACCMODE", 3}, {"O_ASYNC", 020000}, {"O_LARGEFILE", 0}, {"O_NOATIME", 01000000},
            {"O_PATH", 010000000}, {"O_TMPFILE", 020200000},
            {"SEEK_SET", 0}, {"SEEK_CUR", 1}, {"SEEK_END", 2}, {"SEEK_DATA", 3}, {"SEEK_HOLE", 4},
            {"WNOHANG", 1}, {"WUNTRACED", 2}, {"WCONTINUED", 8}, {"EX_OK", 0},
            {"F_LOCK", 1}, {"F_TLOCK", 2}, {"F_ULOCK", 0}, {"F_TEST", 3},
        };
        for (Object[] row : ints) {
            m.put((String) row[0], (long) (Integer) row[1]);
        }
    }
}

package dev.gilspy.interp.modules.posix;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.FdTable;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code _posixsubprocess} ({@code Modules/_posixsubprocess.c}): {@code fork_exec}, under CPython's
 * own {@code subprocess.py}.
 *
 * <p>A JVM cannot fork, so {@code fork_exec} starts the child with {@link ProcessBuilder} and
 * does in the parent what the forked child would do before exec: it changes to {@code cwd},
 * looks the program up in {@code executable_list} as the child's execve loop does, and on failure
 * writes {@code OSError:<hex errno>:} (or {@code :noexec} when {@code cwd} failed) to
 * {@code errpipe_write}, the protocol {@code subprocess.py} reads, then returns a pid whose wait
 * status is exit code 255 ({@link Children}). The child's standard streams: a descriptor of ours
 * (a pipe, a file) is bridged by a {@link StreamPump} thread, {@code /dev/null} and the JVM's own
 * standard streams are given to the child directly, and {@code stderr=STDOUT} (the same open
 * file for both) merges the two streams in the child as dup2 would.
 *
 * <p>Not done, because a JVM cannot: {@code pass_fds} beyond 0-2 (our descriptors are not the
 * kernel's), {@code preexec_fn} (it would have to run in the forked child; RuntimeError, as in a
 * CPython subinterpreter), {@code uid}/{@code gid}/{@code extra_groups}/{@code umask}/
 * {@code process_group} (ignored). {@code start_new_session} runs the program under
 * {@code setsid(1)}, which execs it in a new session with the same pid.
 *
 * <p>The GIL: {@code fork_exec} holds it, as {@code subprocess_fork_exec_impl} does around
 * fork (CPython releases nothing there either).
 */
public final class Subprocess {
    private Subprocess() {}

    private static final Pattern ERRNO = Pattern.compile("error=(\\d+)");

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_posixsubprocess");
        m.def("fork_exec", (t, a, k) -> {
            if (a.length != 23) {
                throw Err.type("fork_exec() takes exactly 23 arguments (" + a.length + " given)");
            }
            return forkExec(t, interp, a);
        });
        return m;
    }

    private static Object forkExec(PyThread t, InterpreterState interp, Object[] a) {
        FdTable table = FdTable.of(interp);
        if (a[21] != PyNone.NONE) {
            throw Err.runtime("preexec_fn is not supported: a JVM cannot run Python code in a forked child");
        }
        List<String> argv = new ArrayList<>();
        for (Object o : Ops.toArray(a[0])) {
            argv.add(fsString(o));
        }
        List<String> candidates = new ArrayList<>();
        for (Object o : Ops.toArray(a[1])) {
            candidates.add(fsString(o));
        }
        int p2cread = (int) Ops.toLong(a[6]);
        int c2pwrite = (int) Ops.toLong(a[9]);
        int errwrite = (int) Ops.toLong(a[11]);
        FdTable.OpenFile errpipe = table.get((int) Ops.toLong(a[13]));
        Path cwd = a[4] == PyNone.NONE ? Path.of(System.getProperty("user.dir")) : PathArg.resolve(fsString(a[4]));
        if (!Files.isDirectory(cwd)) {
            return fail(errpipe, Files.exists(cwd) ? 20 : 2, true);
        }
        String program = null;
        int errno = 2;
        for (String c : candidates) {
            Path p = cwd.resolve(c);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                program = p.toString();
                break;
            }
            if (Files.exists(p) && errno == 2) {
                errno = 13;
            }
        }
        if (program == null) {
            return fail(errpipe, errno, false);
        }
        List<String> command = new ArrayList<>();
        if (Ops.truthy(a[15]) && Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.add(argv0(argv.isEmpty() ? program : argv.get(0), program));
        command.addAll(argv.subList(Math.min(1, argv.size()), argv.size()));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        Map<String, String> env = pb.environment();
        env.clear();
        if (a[5] == PyNone.NONE) {
            env.putAll(ProcessEnv.current());
        } else {
            for (Object o : Ops.toArray(a[5])) {
                String kv = fsString(o);
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    env.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
        }
        int[] fds = {p2cread == -1 ? 0 : p2cread, c2pwrite == -1 ? 1 : c2pwrite, errwrite == -1 ? 2 : errwrite};
        FdTable.OpenFile in = openOrNull(table, fds[0]);
        FdTable.OpenFile out = openOrNull(table, fds[1]);
        FdTable.OpenFile err = openOrNull(table, fds[2]);
        if (p2cread != -1 && in == null || c2pwrite != -1 && out == null || errwrite != -1 && err == null) {
            throw OsErrors.withErrno(9, null, null);
        }
        boolean inheritIn = p2cread == -1 && interp.inStream == System.in;
        boolean inheritOut = c2pwrite == -1 && isRealStdout(interp.outStream);
        boolean inheritErr = errwrite == -1 && interp.errStream == System.err;
        boolean merge = err != null && err == out && !(inheritOut && inheritErr);
        pb.redirectInput(inheritIn ? ProcessBuilder.Redirect.INHERIT : isDevNull(in) ? ProcessBuilder.Redirect.from(new File("/dev/null")) : ProcessBuilder.Redirect.PIPE);
        pb.redirectOutput(inheritOut ? ProcessBuilder.Redirect.INHERIT : isDevNull(out) ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.PIPE);
        if (merge) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(inheritErr ? ProcessBuilder.Redirect.INHERIT : isDevNull(err) ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.PIPE);
        }
        interp.outStream.flush();
        interp.errStream.flush();
        java.lang.Process proc;
        try {
            proc = pb.start();
        } catch (IOException e) {
            Matcher mt = ERRNO.matcher(String.valueOf(e.getMessage()));
            return fail(errpipe, mt.find() ? Integer.parseInt(mt.group(1)) : 2, false);
        }
        Children.Child child = Children.add(proc);
        long pid = child.pid;
        bridge(table, fds, proc, child, in, out, err, inheritIn, inheritOut, inheritErr, merge);
        return pid;
    }

    /** Starts the pump threads for the streams that go through our descriptors. */
    private static void bridge(FdTable table, int[] fds, java.lang.Process proc, Children.Child child, FdTable.OpenFile in, FdTable.OpenFile out,
                               FdTable.OpenFile err, boolean inheritIn, boolean inheritOut, boolean inheritErr, boolean merge) {
        if (!inheritIn && !isDevNull(in)) {
            if (in == null) {
                closeQuietly(proc.getOutputStream());
            } else {
                StreamPump.toChild(table.retain(fds[0]), proc.getOutputStream(), child.pid);
            }
        }
        if (!inheritOut && !isDevNull(out)) {
            if (out == null) {
                closeQuietly(proc.getInputStream());
            } else {
                child.pumps.add(StreamPump.fromChild(proc.getInputStream(), table.retain(fds[1]), child.pid, "stdout"));
            }
        }
        if (!merge && !inheritErr && !isDevNull(err)) {
            if (err == null) {
                closeQuietly(proc.getErrorStream());
            } else {
                child.pumps.add(StreamPump.fromChild(proc.getErrorStream(), table.retain(fds[2]), child.pid, "stderr"));
            }
        }
    }

    private static Object fail(FdTable.OpenFile errpipe, int errno, boolean noexec) {
        String msg = "OSError:" + Integer.toHexString(errno) + ":" + (noexec ? "noexec" : "");
        try {
            FdTable.write(errpipe, msg.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw OsErrors.of(e, null, null);
        }
        return Children.failed().pid;
    }

    /**
     * What the child sees as argv[0]: the name the caller gave when the JVM's own PATH lookup
     * finds the same program (so that {@code ls} reports itself as {@code ls}), else the path.
     */
    private static String argv0(String given, String program) {
        if (given.contains("/")) {
            return program;
        }
        String path = System.getenv("PATH");
        for (String dir : (path == null ? "" : path).split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, given);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p.toAbsolutePath().toString().equals(Path.of(program).toAbsolutePath().toString()) ? given : program;
            }
        }
        return program;
    }

    private static FdTable.OpenFile openOrNull(FdTable table, int fd) {
        return table.isOpen(fd) ? table.get(fd) : null;
    }

    private static boolean isDevNull(FdTable.OpenFile f) {
        return f != null && "/dev/null".equals(f.path);
    }

    private static boolean isRealStdout(java.io.PrintStream s) {
        return s == System.out || s instanceof dev.gilspy.interp.runtime.CheckedPrintStream;
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // nothing to tell
        }
    }

    /** A str, bytes or path-like argument as the file-system string {@code PyUnicode_FSConverter} makes of it. */
    static String fsString(Object o) {
        Object v = o;
        if (!(v instanceof String) && !(v instanceof PyBytes)) {
            Object fspath = Ops.getattrOrNull(v, "__fspath__");
            if (fspath == null) {
                throw Err.type("expected str, bytes or os.PathLike object, not " + Ops.typeName(o));
            }
            v = Ops.call(PyThread.current(), fspath, new Object[0], null);
        }
        if (v instanceof PyBytes b) {
            return new String(b.data(), StandardCharsets.UTF_8);
        }
        if (v instanceof String s) {
            if (s.indexOf('\0') >= 0) {
                throw Err.value("embedded null byte");
            }
            return s;
        }
        throw Err.type("expected " + Ops.typeName(o) + ".__fspath__() to return str or bytes, not " + Ops.typeName(v));
    }
}

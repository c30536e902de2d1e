package dev.gilspy.interp.modules.mp;

import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.CompileError;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code _gilspy_mp}: the process plumbing under the pure-Python {@code multiprocessing} package.
 *
 * <p>A child is a fresh JVM running {@link MpWorker} with the parent's java and class path, like
 * CPython's {@code spawn}. Parent and child talk over the child's stdin/stdout with {@link Frames}:
 * {@code M} frames carry pickled messages, {@code O}/{@code E} frames carry the child's own
 * stdout/stderr so that it reaches the parent's {@code sys.stdout}/{@code sys.stderr}.
 *
 * <p>Parent side: {@code spawn, send, recv, pid, poll, wait, kill, terminate, close}, on integer
 * handles. Child side: {@code child_recv, child_send, is_child, load_main} (runs the parent's
 * script as {@code __mp_main__}), {@code child_pending, child_warm_done} (a pre-started worker's
 * JIT warm-up: is a message waiting, and a {@code W} frame when it is over; the parent's {@code warm}
 * reads it, {@code warm_wait} waits for it). Helpers the core lacks: {@code pack_double, unpack_double}
 * (for pickle's BINFLOAT), {@code os_kill} (installed as {@code os.kill} by multiprocessing) and
 * {@code usable_space(dir)} (statvfs's {@code f_bavail * f_frsize}, which multiprocessing.heap
 * reads to choose /dev/shm: gilspy's os has no statvfs, a JVM giving no inode counts).
 * Blocking calls drop the GIL and wake every 100 ms so that Ctrl-C gets through.
 */
public final class MultiprocessingModule {
    private MultiprocessingModule() {}

    /** Every live child of this JVM, whichever interpreter spawned it: the shutdown hook kills them all. */
    private static final Map<Long, Child> LIVE = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT_HANDLE = new AtomicLong(1);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Child c : LIVE.values()) {
                c.process.destroyForcibly();
            }
        }, "gilspy-mp-reaper"));
    }

    /** A message or an end-of-stream marker from one child, queued by its reader thread. */
    record Msg(char kind, byte[] data) {}

    private static final Msg EOF = new Msg('X', new byte[0]);

    private static final class Child {
        final Process process;
        final DataOutputStream toChild;
        final BlockingQueue<Msg> inbox = new LinkedBlockingQueue<>();
        volatile boolean eof;
        /** Its warm-up is over (a {@code W} frame came): see {@code multiprocessing._warmup}. */
        volatile boolean warm;
        /** Counted down when the warm-up is over or the child's stream ends: {@code warm_wait} waits on it. */
        final java.util.concurrent.CountDownLatch warmOrGone = new java.util.concurrent.CountDownLatch(1);

        Child(Process process) {
            this.process = process;
            this.toChild = new DataOutputStream(process.getOutputStream());
        }
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_gilspy_mp");
        Map<Long, Child> mine = new ConcurrentHashMap<>();
        m.def("spawn", (t, a, k) -> spawn(t, mine, StrRepr.str(a[0])));
        m.def("send", (t, a, k) -> {
            Child c = child(mine, a[0]);
            byte[] data = ((PyBytes) a[1]).data();
            t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
            try {
                synchronized (c.toChild) {
                    Frames.write(c.toChild, 'M', data);
                    c.toChild.flush();
                }
            } catch (IOException e) {
                throw Err.make(Types.get("BrokenPipeError"), "[Errno 32] Broken pipe");
            } finally {
                t.ts.endAllowThreads();
            }
            return PyNone.NONE;
        });
        m.def("recv", (t, a, k) -> {
            Child c = child(mine, a[0]);
            Object timeout = BuiltinArgs.get(a, k, 1, "timeout", PyNone.NONE);
            Msg msg = take(t, c.inbox, timeout == PyNone.NONE ? -1 : Ops.toDouble(timeout));
            if (msg == null) {
                return PyNone.NONE;
            }
            if (msg == EOF) {
                c.inbox.add(EOF);
                throw Err.make(Types.get("EOFError"), "child process closed its pipe");
            }
            return PyTuple.of(String.valueOf(msg.kind()), new PyBytes(msg.data()));
        });
        m.def("pid", (t, a, k) -> child(mine, a[0]).process.pid());
        m.def("poll", (t, a, k) -> {
            Process p = child(mine, a[0]).process;
            return p.isAlive() ? PyNone.NONE : (Object) exitcode(p.exitValue());
        });
        m.def("wait", (t, a, k) -> {
            Process p = child(mine, a[0]).process;
            Object timeout = BuiltinArgs.get(a, k, 1, "timeout", PyNone.NONE);
            double limit = timeout == PyNone.NONE ? Double.POSITIVE_INFINITY : Ops.toDouble(timeout);
            long deadline = System.nanoTime() + (long) Math.min(limit * 1e9, Long.MAX_VALUE / 2.0);
            while (true) {
                long left = deadline - System.nanoTime();
                boolean done;
                t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
                try {
                    done = p.waitFor(Math.max(0, Math.min(left, 100_000_000L)), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    done = !p.isAlive();
                } finally {
                    t.ts.endAllowThreads();
                }
                if (done) {
                    return exitcode(p.exitValue());
                }
                t.checkBreaker();
                if (deadline - System.nanoTime() <= 0) {
                    return PyNone.NONE;
                }
            }
        });
        m.def("terminate", (t, a, k) -> {
            child(mine, a[0]).process.destroy();
            return PyNone.NONE;
        });
        m.def("kill", (t, a, k) -> {
            child(mine, a[0]).process.destroyForcibly();
            return PyNone.NONE;
        });
        m.def("close", (t, a, k) -> {
            Child c = mine.get(Ops.toLong(a[0]));
            if (c != null) {
                try {
                    c.toChild.close();
                } catch (IOException e) {
                    // the child is gone already
                }
            }
            return PyNone.NONE;
        });
        m.def("child_recv", (t, a, k) -> {
            Msg msg = take(t, MpWorker.inbox(), -1);
            if (msg == EOF || msg == null) {
                throw Err.make(Types.get("EOFError"), "parent closed the pipe");
            }
            return new PyBytes(msg.data());
        });
        m.def("child_send", (t, a, k) -> {
            byte[] data = ((PyBytes) a[0]).data();
            t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
            try {
                MpWorker.send('M', data);
            } finally {
                t.ts.endAllowThreads();
            }
            return PyNone.NONE;
        });
        m.def("load_main", (t, a, k) -> {
            // the parent's main script becomes __mp_main__ (and __main__), so its guard stays false
            String file = StrRepr.str(a[0]);
            String src;
            try {
                src = InterpreterState.decodeSource(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(file)), file);
            } catch (IOException e) {
                throw Err.os(2, "No such file or directory: " + StrRepr.repr(file));
            }
            PyModule main = new PyModule("__mp_main__");
            main.put("__file__", file);
            main.put("__builtins__", t.interp.builtins);
            t.interp.modules.put("__mp_main__", main);
            t.interp.modules.put("__main__", main);
            t.interp.mainModule = main;
            try {
                t.interp.run(t, src, file, main);
            } catch (CompileError e) {
                throw new PyException(e.toPython());
            }
            return main;
        });
        m.def("is_child", (t, a, k) -> MpWorker.isChild());
        m.def("child_pending", (t, a, k) -> !MpWorker.inbox().isEmpty());
        m.def("child_warm_done", (t, a, k) -> {
            MpWorker.send('W', new byte[0]);
            return PyNone.NONE;
        });
        m.def("warm", (t, a, k) -> child(mine, a[0]).warm);
        m.def("warm_wait", (t, a, k) -> {
            // blocks without the GIL until the child's warm-up is over or it is gone (or timeout s pass): warm?
            Child c = child(mine, a[0]);
            long deadline = System.nanoTime() + (long) (Ops.toDouble(a[1]) * 1e9);
            while (!c.warm && !c.eof) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
                try {
                    c.warmOrGone.await(Math.min(left, 100_000_000L), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } finally {
                    t.ts.endAllowThreads();
                }
                t.checkBreaker();
            }
            return c.warm;
        });
        m.def("pack_double", (t, a, k) -> {
            long bits = Double.doubleToRawLongBits(Ops.toDouble(a[0]));
            byte[] b = new byte[8];
            for (int i = 0; i < 8; i++) {
                b[i] = (byte) (bits >>> (56 - 8 * i));
            }
            return new PyBytes(b);
        });
        m.def("unpack_double", (t, a, k) -> {
            byte[] b = ((PyBytes) a[0]).data();
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits = (bits << 8) | (b[i] & 0xff);
            }
            return Double.longBitsToDouble(bits);
        });
        m.def("usable_space", (t, a, k) -> {
            String dir = StrRepr.str(a[0]);
            t.ts.beginAllowThreads(dev.gilspy.interp.gil.ThreadState.RELEASED_IO);
            try {
                return java.nio.file.Files.getFileStore(java.nio.file.Path.of(dir)).getUsableSpace();
            } catch (java.io.IOException e) {
                throw Err.os(2, "No such file or directory");
            } finally {
                t.ts.endAllowThreads();
            }
        });
        m.def("os_kill", (t, a, k) -> {
            long pid = Ops.toLong(a[0]);
            long sig = Ops.toLong(a[1]);
            if (pid == ProcessHandle.current().pid() && sig == 9) {
                // SIGKILL on ourselves: no shutdown hooks, no flushing, like the real signal
                Runtime.getRuntime().halt(137);
            }
            ProcessHandle h = ProcessHandle.of(pid).orElseThrow(() -> Err.make(Types.get("ProcessLookupError"),
                "[Errno 3] No such process"));
            if (sig == 9) {
                h.destroyForcibly();
            } else if (sig == 15 || sig == 2) {
                h.destroy();
            } else if (sig != 0) {
                throw Err.value("gilspy: os.kill supports signals 0, 2, 9 and 15, not " + sig);
            }
            return PyNone.NONE;
        });
        return m;
    }

    /** CPython reports death by signal N as exit code -N; the JVM reports 128+N. */
    static long exitcode(int code) {
        return code > 128 && code < 160 ? -(code - 128) : code;
    }

    private static Child child(Map<Long, Child> mine, Object handle) {
        Child c = mine.get(Ops.toLong(handle));
        if (c == null) {
            throw Err.value("no such child process handle: " + StrRepr.repr(handle));
        }
        return c;
    }

    /** Waits for the next message with the GIL dropped, waking every 100 ms so that Ctrl-C gets through. */
    private static Msg take(PyThread t, BlockingQueue<Msg> q, double timeout) {
        long deadline = timeout < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (timeout * 1e9);
        while (true) {
            Msg msg;
            long left = deadline == Long.MAX_VALUE ? 100_000_000L : Math.min(100_000_000L, deadline - System.nanoTime());
            t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
            try {
                msg = q.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                msg = null;
            } finally {
                t.ts.endAllowThreads();
            }
            if (msg != null) {
                return msg;
            }
            t.checkBreaker();
            if (deadline != Long.MAX_VALUE && deadline - System.nanoTime() <= 0) {
                return null;
            }
        }
    }

    private static Object spawn(PyThread t, Map<Long, Child> mine, String name) {
        List<String> cmd = childCommand(t.interp);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("GILSPY_MP_NAME", name);
        Process p;
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            p = pb.start();
        } catch (IOException e) {
            throw Err.os(12, "cannot start a worker process: " + e.getMessage());
        } finally {
            t.ts.endAllowThreads();
        }
        Child c = new Child(p);
        long h = NEXT_HANDLE.getAndIncrement();
        mine.put(h, c);
        LIVE.put(h, c);
        Thread reader = new Thread(() -> pump(c, h), "gilspy-mp-reader-" + p.pid());
        reader.setDaemon(true);
        reader.start();
        p.onExit().thenRun(() -> LIVE.remove(h));
        return h;
    }

    private static void pump(Child c, long h) {
        try (DataInputStream in = new DataInputStream(c.process.getInputStream())) {
            skipToMagic(in, c);
            while (true) {
                Msg m = Frames.read(in);
                if (m == null) {
                    break;
                }
                if (m.kind() == 'W') {
                    c.warm = true;
                    c.warmOrGone.countDown();
                    continue;
                }
                c.inbox.add(m);
            }
        } catch (IOException e) {
            // a broken pipe ends the stream like EOF
        } finally {
            c.eof = true;
            c.inbox.add(EOF);
            c.warmOrGone.countDown();
        }
    }

    /** Marks the start of the frames: whatever a java agent printed before main() is passed on as output. */
    static final byte[] MAGIC = "\0gilspy-mp-frames\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static void skipToMagic(DataInputStream in, Child c) throws IOException {
        java.io.ByteArrayOutputStream before = new java.io.ByteArrayOutputStream();
        int matched = 0;
        while (matched < MAGIC.length) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException();
            }
            before.write(b);
            matched = b == (MAGIC[matched] & 0xff) ? matched + 1 : b == (MAGIC[0] & 0xff) ? 1 : 0;
        }
        byte[] all = before.toByteArray();
        if (all.length > MAGIC.length) {
            c.inbox.add(new Msg('O', java.util.Arrays.copyOf(all, all.length - MAGIC.length)));
        }
    }

    /** How the gilspy launcher passes {@code -javaagent:gilspy.jar=OPTIONS} to a {@code -jar} run (the agent's LauncherAgent). */
    static final String LAUNCHED_AGENT = "-Dgilspy.agent.launch=";

    /** The child JVM's command line: same java, same class path, fast start-up flags, the agent when asked. */
    static List<String> childCommand(InterpreterState interp) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse(
            System.getProperty("java.home") + "/bin/java"));
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        boolean follow = "1".equals(System.getenv("GILSPY_FOLLOW_CHILDREN"));
        for (String arg : jvmArgs) {
            if (arg.startsWith(LAUNCHED_AGENT)) {
                // the launcher's -javaagent:gilspy.jar, which the jar's Launcher-Agent-Class starts under
                // -jar; a worker runs with -cp, so it gets the agent back as -javaagent
                if (follow) {
                    String options = arg.substring(LAUNCHED_AGENT.length());
                    cmd.add("-javaagent:" + System.getProperty("java.class.path") + (options.isEmpty() ? "" : "=" + options));
                }
            } else if (arg.startsWith("-javaagent") ? follow : inherited(arg)) {
                cmd.add(arg);
            }
        }
        // JVM warnings must never reach fd 1: it carries the frames
        cmd.add("-Xlog:disable");
        cmd.add("-Xlog:all=warning:stderr");
        String extra = System.getenv("GILSPY_MP_JVM_OPTS");
        if (extra != null && !extra.isBlank()) {
            cmd.addAll(List.of(extra.trim().split("\\s+")));
        } else {
            // serial GC and few compiler threads: workers share the cores with their siblings
            cmd.add("-Xshare:auto");
            cmd.add("-XX:+UseSerialGC");
            cmd.add("-XX:CICompilerCount=2");
            java.nio.file.Path archive = CdsArchive.forChildren(cmd.get(0));
            if (archive != null) {
                cmd.add("-XX:SharedArchiveFile=" + archive);
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(MpWorker.MAIN_CLASS);
        cmd.add("--gil=" + interp.gil.mode().name().toLowerCase(java.util.Locale.ROOT));
        return cmd;
    }

    /** The parent's JVM options a worker takes too: stack size, heap sizes, and the launcher's JIT and GC tuning (its inlining limits too). */
    static boolean inherited(String arg) {
        return arg.startsWith("-Xss") || arg.startsWith("-Dgilspy.") || arg.startsWith("-Xmn") || arg.startsWith("-Xmx")
            || arg.startsWith("-XX:MaxRecursiveInlineLevel=") || arg.equals("-XX:+UseCondCardMark")
            || arg.startsWith("-XX:MaxTenuringThreshold=")
            || arg.startsWith("-XX:CompileCommand=") || arg.startsWith("-XX:FreqInlineSize=") || arg.startsWith("-XX:InlineSmallCode=");
    }

    /** PyFrame format on the pipes: one kind byte, a big-endian int length, the payload. */
    static final class Frames {
        private Frames() {}

        static void write(DataOutputStream out, char kind, byte[] data) throws IOException {
            out.writeByte(kind);
            out.writeInt(data.length);
            out.write(data);
        }

        static Msg read(DataInputStream in) throws IOException {
            int kind = in.read();
            if (kind < 0) {
                return null;
            }
            int len = in.readInt();
            byte[] data = new byte[len];
            in.readFully(data);
            return new Msg((char) kind, data);
        }
    }

    /** The child's inbox, fed by a thread that reads the parent's frames and ends the JVM when the parent goes away. */
    static BlockingQueue<Msg> startChildReader(InputStream stdin) {
        BlockingQueue<Msg> q = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (DataInputStream in = new DataInputStream(stdin)) {
                while (true) {
                    Msg m = Frames.read(in);
                    if (m == null) {
                        break;
                    }
                    q.add(m);
                }
            } catch (EOFException e) {
                // parent gone mid-frame
            } catch (IOException e) {
                // same
            }
            // no parent, no purpose: never outlive it. Process.terminate() also lands here, since the
            // JDK closes our stdin right after its SIGTERM, hence the SIGTERM exit status
            RecordingsAtHalt.write();
            Runtime.getRuntime().halt(128 + 15);
        }, "gilspy-mp-parent-watch");
        reader.setDaemon(true);
        reader.start();
        return q;
    }

    /** An OutputStream that wraps each write into a frame of one kind on the shared pipe. */
    static final class FramedOutput extends OutputStream {
        private final char kind;

        FramedOutput(char kind) {
            this.kind = kind;
        }

        @Override public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override public void write(byte[] b, int off, int len) {
            if (len > 0) {
                MpWorker.send(kind, java.util.Arrays.copyOfRange(b, off, off + len));
            }
        }
    }
}

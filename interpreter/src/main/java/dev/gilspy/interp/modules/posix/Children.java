package dev.gilspy.interp.modules.posix;

import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The child processes {@code _posixsubprocess.fork_exec} started, by pid, for {@code os.waitpid}.
 *
 * <p>A JVM reaps its children itself (its process reaper thread calls waitpid(2) as soon as a child
 * ends), so {@code os.waitpid} here waits on the {@link java.lang.Process} instead, and builds
 * the wait status from its exit value. That value is ambiguous: the JVM reports a child killed by
 * signal N as exit code 128+N. A value of 128+N counts as death by signal N when this interpreter
 * sent N to that child (Popen.kill, terminate, send_signal) or when N is one of the signals that
 * programs die of but do not exit with by choice (SIGKILL, SIGSEGV, SIGABRT, SIGBUS, SIGILL,
 * SIGFPE, SIGTERM); a shell that exits 137 after its own child was killed therefore reads as -9
 * here, 137 in CPython.
 *
 * <p>A child whose exec failed (the program was not found, say) never existed as a process here:
 * it gets a pid above the kernel's pid_max whose wait status is exit code 255, as the forked child
 * of {@code _posixsubprocess.c} exits with {@code _exit(255)} after it reported the error.
 *
 * <p>{@link #waitpid} releases the GIL for the whole wait, as {@code os_waitpid_impl} does.
 */
final class Children {
    private Children() {}

    /** One child: the process (null for a failed exec) and the last signal this interpreter sent it. */
    static final class Child {
        final long pid;
        final java.lang.Process process;
        volatile int signalSent;

        Child(long pid, java.lang.Process process) {
            this.pid = pid;
            this.process = process;
        }

        /** The threads copying the child's stdout and stderr into our descriptors. */
        final java.util.List<Thread> pumps = new java.util.concurrent.CopyOnWriteArrayList<>();
        private volatile long deadSince;

        /**
         * Whether the child has not ended yet, as waitpid sees it: a child whose output is still on
         * its way through a pump counts as running (CPython's child wrote into the file itself, so
         * the output is there when wait returns), for at most {@link #PUMP_GRACE_NANOS} after its exit
         * (a grandchild may hold the pipe open much longer).
         */
        boolean alive() {
            if (process == null) {
                return false;
            }
            if (process.isAlive()) {
                return true;
            }
            long now = System.nanoTime();
            if (deadSince == 0) {
                deadSince = now;
            }
            for (Thread th : pumps) {
                if (th.isAlive() && now - deadSince < PUMP_GRACE_NANOS) {
                    return true;
                }
            }
            return false;
        }

        int status() {
            if (process == null) {
                return 255 << 8;
            }
            int v = process.exitValue();
            int sig = v - 128;
            if (sig > 0 && sig < 65 && (sig == signalSent || DEADLY.contains(sig))) {
                return sig;
            }
            return (v & 0xff) << 8;
        }
    }

    private static final long PUMP_GRACE_NANOS = 1_000_000_000L;
    private static final java.util.Set<Integer> DEADLY = java.util.Set.of(4, 6, 7, 8, 9, 11, 15);
    private static final Map<Long, Child> CHILDREN = new ConcurrentHashMap<>();
    private static long nextFailedPid = 4_194_304L + 1; // above Linux's largest pid_max

    static Child add(java.lang.Process p) {
        Child c = new Child(p.pid(), p);
        CHILDREN.put(c.pid, c);
        OrphanReaper.watch(p.pid());
        return c;
    }

    static synchronized Child failed() {
        Child c = new Child(nextFailedPid++, null);
        CHILDREN.put(c.pid, c);
        return c;
    }

    /** Called when this interpreter sends {@code sig} to {@code pid}: a later exit of 128+sig means that signal. */
    static void noteSignal(long pid, int sig) {
        Child c = CHILDREN.get(pid);
        if (c != null && sig > 0) {
            c.signalSent = sig;
        }
    }

    static Child get(long pid) {
        return CHILDREN.get(pid);
    }

    /**
     * waitpid(2) over {@link #CHILDREN}: {@code pid} > 0 for that child, -1 or 0 for any; with
     * WNOHANG (1) it returns (0, 0) when none has ended. ECHILD when there is no such child.
     */
    static PyTuple waitpid(PyThread t, long pid, int options) {
        boolean noHang = (options & 1) != 0;
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            while (true) {
                Child done = null;
                boolean any = false;
                for (Child c : CHILDREN.values()) {
                    if (pid > 0 && c.pid != pid) {
                        continue;
                    }
                    any = true;
                    if (!c.alive()) {
                        done = c;
                        break;
                    }
                }
                if (!any) {
                    throw OsErrors.withErrno(10, null, null);
                }
                if (done != null) {
                    CHILDREN.remove(done.pid);
                    OrphanReaper.forget(done.pid);
                    return PyTuple.of(done.pid, (long) done.status());
                }
                if (noHang) {
                    return PyTuple.of(0L, 0L);
                }
                Child only = pid > 0 ? CHILDREN.get(pid) : null;
                try {
                    if (only != null && only.process.isAlive()) {
                        only.process.waitFor(50, TimeUnit.MILLISECONDS);
                    } else if (only != null) {
                        for (Thread th : only.pumps) {
                            th.join(10);
                        }
                    } else {
                        Thread.sleep(5);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw OsErrors.withErrno(4, null, null);
                }
                if (t.ts.evalBreaker != 0 && t.ts.thread() == t.interp.gil.mainThread()) {
                    // a pending Ctrl-C or signal handler: let it run (PEP 475 retries after it)
                    t.ts.endAllowThreads();
                    try {
                        t.checkBreaker();
                    } finally {
                        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
                    }
                }
            }
        } finally {
            t.ts.endAllowThreads();
        }
    }
}

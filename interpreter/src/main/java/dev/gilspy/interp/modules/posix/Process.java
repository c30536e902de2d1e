package dev.gilspy.interp.modules.posix;

import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import java.io.IOException;

/** {@code posix.kill} and the wait-status macros (WIFEXITED & co.), which are bit arithmetic on Linux's layout. */
final class Process {
    private Process() {}

    /** kill(2) through ProcessHandle where it can (SIGTERM, SIGKILL, 0), else kill(1). */
    static Object kill(PyThread t, long pid, int sig) {
        Children.noteSignal(pid, sig);
        if (pid <= 0) {
            return killCommand(t, pid, sig);
        }
        ProcessHandle h = ProcessHandle.of(pid).orElse(null);
        if (h == null) {
            throw OsErrors.withErrno(3, null, null);
        }
        if (sig == 0) {
            return PyNone.NONE;
        }
        if (h.pid() == ProcessHandle.current().pid() && deliverToSelf(t, sig)) {
            return PyNone.NONE;
        }
        if (h.pid() != ProcessHandle.current().pid()) {
            if (sig == 15) {
                h.destroy();
                return PyNone.NONE;
            }
            if (sig == 9) {
                h.destroyForcibly();
                return PyNone.NONE;
            }
        }
        return killCommand(t, pid, sig);
    }

    /**
     * A signal this interpreter sends itself: SIGINT reaches the main thread's next check site as a
     * Ctrl-C does, and a signal with a Python handler runs it; other signals go to the process.
     */
    private static boolean deliverToSelf(PyThread t, int sig) {
        if (sig == 2) {
            if (t.interp.mainTs != null) {
                t.interp.mainTs.requestInterrupt();
            } else {
                dev.gilspy.interp.runtime.Signals.run(t, 2);
            }
            return true;
        }
        Object h = sig > 0 && sig < dev.gilspy.interp.runtime.Signals.NSIG ? dev.gilspy.interp.runtime.Signals.handlers(t.interp)[sig] : null;
        if (h != null) {
            dev.gilspy.interp.runtime.Signals.run(t, sig);
            return true;
        }
        return false;
    }

    private static Object killCommand(PyThread t, long pid, int sig) {
        int rc = PosixFiles.io(t, null, null, () -> {
            try {
                java.lang.Process p = new ProcessBuilder("kill", "-" + sig, Long.toString(pid)).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                return p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted system call");
            }
        });
        if (rc != 0) {
            throw OsErrors.withErrno(3, null, null);
        }
        return PyNone.NONE;
    }

    static void waitMacros(PyModule m) {
        m.def("WIFEXITED", (t, a, k) -> (status(a) & 0x7f) == 0);
        m.def("WEXITSTATUS", (t, a, k) -> (status(a) >> 8) & 0xff);
        m.def("WIFSIGNALED", (t, a, k) -> ((status(a) & 0x7f) + 1) >> 1 > 0 && (status(a) & 0x7f) != 0x7f && (status(a) & 0x7f) != 0);
        m.def("WTERMSIG", (t, a, k) -> status(a) & 0x7f);
        m.def("WIFSTOPPED", (t, a, k) -> (status(a) & 0xff) == 0x7f);
        m.def("WSTOPSIG", (t, a, k) -> (status(a) >> 8) & 0xff);
        m.def("WIFCONTINUED", (t, a, k) -> status(a) == 0xffff);
        m.def("WCOREDUMP", (t, a, k) -> (status(a) & 0x80) != 0);
        m.def("waitstatus_to_exitcode", (t, a, k) -> {
            long s = status(a);
            if ((s & 0x7f) == 0) {
                return (s >> 8) & 0xff;
            }
            if ((s & 0xff) != 0x7f) {
                return -(s & 0x7f);
            }
            throw dev.gilspy.interp.runtime.Err.value("invalid wait status: " + s);
        });
    }

    private static long status(Object[] a) {
        return Ops.toLong(a[0]);
    }
}

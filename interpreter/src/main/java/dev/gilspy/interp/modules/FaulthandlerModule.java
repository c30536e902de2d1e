package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyFrame;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;

/**
 * {@code faulthandler} ({@code Modules/faulthandler.c}), as far as a JVM serves it. A JVM turns the
 * faults CPython's handler reports (SIGSEGV, SIGFPE, SIGBUS, SIGILL, SIGABRT) into its own crash
 * report, so {@code enable}/{@code disable} only keep the flag {@code is_enabled} reports, and
 * {@code register}/{@code unregister} accept their arguments without installing a handler.
 * {@code dump_traceback} writes the calling thread's Python stack in CPython's layout (with
 * {@code all_threads}, under "Current thread"; the other threads' stacks are not reachable here).
 * {@code dump_traceback_later} arms a daemon timer that, unless cancelled first, writes
 * "Timeout (H:MM:SS)!" to the file and, with {@code exit=True}, ends the process with status 1 as
 * CPython does; like CPython's watchdog thread it never takes the GIL.
 */
final class FaulthandlerModule {
    private FaulthandlerModule() {}

    /** The armed watchdog of {@code dump_traceback_later}; null when none. */
    private static Thread watchdog;

    static PyModule create() {
        PyModule m = new PyModule("faulthandler");
        m.put("__doc__", "faulthandler module.");
        boolean[] enabled = {false};
        m.def("enable", (t, a, k) -> {
            fileOf(t, a, k);
            enabled[0] = true;
            return PyNone.NONE;
        });
        m.def("disable", (t, a, k) -> {
            boolean was = enabled[0];
            enabled[0] = false;
            return was;
        });
        m.def("is_enabled", (t, a, k) -> enabled[0]);
        m.def("dump_traceback", (t, a, k) -> {
            Object file = fileOf(t, a, k);
            boolean all = Ops.truthy(BuiltinArgs.get(a, k, 1, "all_threads", true));
            StringBuilder sb = new StringBuilder(all ? "Current thread 0x" + String.format("%016x", Thread.currentThread().getId())
                + " (most recent call first):\n" : "Stack (most recent call first):\n");
            for (PyFrame f = t.top; f != null; f = f.back) {
                sb.append("  File \"").append(f.fileName()).append("\", line ").append(f.line())
                    .append(" in ").append(f.codeName()).append('\n');
            }
            write(t, file, sb.toString());
            return PyNone.NONE;
        });
        m.def("dump_traceback_later", (t, a, k) -> {
            double timeout = Ops.toDouble(BuiltinArgs.get(a, k, 0, "timeout", null));
            if (timeout <= 0) {
                throw Err.value("timeout must be greater than 0");
            }
            boolean repeat = Ops.truthy(BuiltinArgs.get(a, k, 1, "repeat", false));
            Object file = BuiltinArgs.get(a, k, 2, "file", PyNone.NONE);
            boolean exit = Ops.truthy(BuiltinArgs.get(a, k, 3, "exit", false));
            java.io.PrintStream out = Ops.toLong(file == PyNone.NONE ? 2L : fd(t, file)) == 1 ? System.out : System.err;
            long us = Math.round(timeout * 1e6);
            long secs = us / 1_000_000;
            String msg = String.format("Timeout (%d:%02d:%02d", secs / 3600, secs / 60 % 60, secs % 60)
                + (us % 1_000_000 != 0 ? String.format(".%06d", us % 1_000_000) : "") + ")!\n";
            arm(timeout, repeat, exit, out, msg);
            return PyNone.NONE;
        });
        m.def("cancel_dump_traceback_later", (t, a, k) -> {
            arm(0, false, false, null, null);
            return PyNone.NONE;
        });
        m.def("register", (t, a, k) -> {
            Ops.toLong(BuiltinArgs.get(a, k, 0, "signum", null));
            return PyNone.NONE;
        });
        m.def("unregister", (t, a, k) -> {
            Ops.toLong(BuiltinArgs.get(a, k, 0, "signum", null));
            return false;
        });
        return m;
    }

    /** Cancels the armed watchdog; with a timeout above 0, arms a new one. */
    private static synchronized void arm(double timeout, boolean repeat, boolean exit, java.io.PrintStream out, String msg) {
        if (watchdog != null) {
            watchdog.interrupt();
            watchdog = null;
        }
        if (timeout <= 0) {
            return;
        }
        long nanos = (long) (timeout * 1e9);
        Thread w = new Thread(() -> {
            try {
                do {
                    Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
                    out.print(msg);
                    out.flush();
                    if (exit) {
                        Runtime.getRuntime().halt(1);
                    }
                } while (repeat);
            } catch (InterruptedException cancelled) {
                // cancel_dump_traceback_later, or a new dump_traceback_later
            }
        }, "faulthandler watchdog");
        w.setDaemon(true);
        watchdog = w;
        w.start();
    }

    /** The {@code file} argument (default {@code sys.stderr}), checked to have a file descriptor. */
    private static Object fileOf(PyThread t, Object[] a, String[] k) {
        Object file = BuiltinArgs.get(a, k, 0, "file", PyNone.NONE);
        if (file == PyNone.NONE) {
            file = Ops.getattr(t.interp.importModule(t, "sys"), "stderr");
            if (file == PyNone.NONE) {
                throw Err.runtime("sys.stderr is None");
            }
        }
        fd(t, file);
        return file;
    }

    private static Object fd(PyThread t, Object file) {
        if (file instanceof Long n) {
            if (n < 0) {
                throw Err.value("file is not a valid file descripter");
            }
            return n;
        }
        return Ops.call(t, Ops.getattr(file, "fileno"), new Object[0], null);
    }

    private static void write(PyThread t, Object file, String s) {
        if (file instanceof Long n) {
            (n == 1 ? System.out : System.err).print(s);
            return;
        }
        Ops.call(t, Ops.getattr(file, "flush"), new Object[0], null);
        Ops.call(t, Ops.getattr(file, "write"), new Object[] {s}, null);
        Ops.call(t, Ops.getattr(file, "flush"), new Object[0], null);
    }
}

package dev.gilspy.interp.modules.posix;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PySet;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.Signals;

/**
 * {@code _signal} (Modules/signalmodule.c), under CPython's {@code signal.py}: the handlers table
 * ({@link Signals}), {@code default_int_handler}, {@code raise_signal}, the SIG* numbers of Linux.
 * A JVM receives SIGINT only through gilspy's own Ctrl-C hook, so Python handlers run for SIGINT
 * (at the main thread's next check site, as in CPython) and for {@code raise_signal}; a handler set
 * for another signal is recorded (getsignal returns it) but the process's real signals of that
 * number keep the JVM's behaviour. Every function holds the GIL, as signalmodule.c's do.
 */
public final class SignalModule {
    private SignalModule() {}

    /** Name, number, strsignal(3) text. */
    private static final String[][] SIGNALS = {
            {"SIGHUP", "1", "Hangup"},
            {"SIGINT", "2", "Interrupt"},
            {"SIGQUIT", "3", "Quit"},
            {"SIGILL", "4", "Illegal instruction"},
            {"SIGTRAP", "5", "Trace/breakpoint trap"},
            {"SIGABRT", "6", "Aborted"},
            {"SIGBUS", "7", "Bus error"},
            {"SIGFPE", "8", "Floating point exception"},
            {"SIGKILL", "9", "Killed"},
            {"SIGUSR1", "10", "User defined signal 1"},
            {"SIGSEGV", "11", "Segmentation fault"},
            {"SIGUSR2", "12", "User defined signal 2"},
            {"SIGPIPE", "13", "Broken pipe"},
            {"SIGALRM", "14", "Alarm clock"},
            {"SIGTERM", "15", "Terminated"},
            {"SIGSTKFLT", "16", "Stack fault"},
            {"SIGCHLD", "17", "Child exited"},
            {"SIGCONT", "18", "Continued"},
            {"SIGSTOP", "19", "Stopped (signal)"},
            {"SIGTSTP", "20", "Stopped"},
            {"SIGTTIN", "21", "Stopped (tty input)"},
            {"SIGTTOU", "22", "Stopped (tty output)"},
            {"SIGURG", "23", "Urgent I/O condition"},
            {"SIGXCPU", "24", "CPU time limit exceeded"},
            {"SIGXFSZ", "25", "File size limit exceeded"},
            {"SIGVTALRM", "26", "Virtual timer expired"},
            {"SIGPROF", "27", "Profiling timer expired"},
            {"SIGWINCH", "28", "Window changed"},
            {"SIGIO", "29", "I/O possible"},
            {"SIGPWR", "30", "Power failure"},
            {"SIGSYS", "31", "Bad system call"},
            {"SIGRTMIN", "34", "Real-time signal 0"},
            {"SIGRTMAX", "64", "Real-time signal 30"}
    };

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_signal");
        for (String[] row : SIGNALS) {
            m.put(row[0], Long.parseLong(row[1]));
        }
        m.put("NSIG", (long) Signals.NSIG);
        m.put("SIG_DFL", Signals.SIG_DFL);
        m.put("SIG_IGN", Signals.SIG_IGN);
        m.put("SIG_BLOCK", 0L);
        m.put("SIG_UNBLOCK", 1L);
        m.put("SIG_SETMASK", 2L);
        m.put("default_int_handler", Signals.DEFAULT_INT_HANDLER);
        Object[] handlers = Signals.handlers(interp);
        m.def("getsignal", (t, a, k) -> {
            int n = signum(a[0]);
            Object h = handlers[n];
            return h != null ? h : n == 2 ? Signals.DEFAULT_INT_HANDLER : (Object) Signals.SIG_DFL;
        });
        m.def("signal", (t, a, k) -> {
            int n = signum(a[0]);
            Object h = a[1];
            if (!(h instanceof Long l && (l == Signals.SIG_DFL || l == Signals.SIG_IGN)) && !Ops.truthy(Ops.call(t, t.interp.builtins.get("callable"), new Object[] {h}, null))) {
                throw Err.type("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            }
            if (t.ts.thread() != interp.gil.mainThread()) {
                throw Err.value("signal only works in main thread of the main interpreter");
            }
            if (n == 9 || n == 19) {
                throw OsErrors.withErrno(22, null, null);
            }
            Object old = handlers[n];
            handlers[n] = h;
            return old != null ? old : n == 2 ? Signals.DEFAULT_INT_HANDLER : (Object) Signals.SIG_DFL;
        });
        m.def("raise_signal", (t, a, k) -> {
            int n = signum(a[0]);
            if (t.ts.thread() == interp.gil.mainThread()) {
                Signals.run(t, n); // CPython runs it at once: the signal arrives before raise_signal returns
            } else if (n == 2) {
                interp.mainTs.requestInterrupt();
            } else {
                Signals.run(PyThread.current(), n);
            }
            return PyNone.NONE;
        });
        m.def("strsignal", (t, a, k) -> {
            int n = signum(a[0]);
            for (String[] row : SIGNALS) {
                if (Integer.parseInt(row[1]) == n) {
                    return row[2];
                }
            }
            return PyNone.NONE;
        });
        m.def("valid_signals", (t, a, k) -> {
            PySet s = new PySet(new java.util.HashSet<>(), false);
            for (long i = 1; i < Signals.NSIG; i++) {
                if (i != 32 && i != 33) {
                    s.add(i);
                }
            }
            return s;
        });
        m.def("set_wakeup_fd", (t, a, k) -> -1L);
        m.def("siginterrupt", (t, a, k) -> PyNone.NONE);
        m.def("alarm", (t, a, k) -> {
            throw Err.make(dev.gilspy.interp.runtime.Types.get("NotImplementedError"), "signal.alarm: gilspy cannot deliver SIGALRM");
        });
        return m;
    }

    private static int signum(Object o) {
        long n = Ops.toLong(o);
        if (n < 1 || n >= Signals.NSIG) {
            throw Err.value("signal number out of range");
        }
        return (int) n;
    }
}

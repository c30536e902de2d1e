package dev.gilspy.interp.runtime;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * The Python-level signal handlers of each interpreter ({@code Modules/signalmodule.c}'s
 * {@code Handlers}), which {@code _signal.signal} sets. A Ctrl-C reaches the main thread's check
 * site ({@link PyThread#checkBreaker}), which runs the SIGINT handler there as CPython's
 * {@code _PyErr_CheckSignalsTstate} does: {@code default_int_handler} raises KeyboardInterrupt,
 * SIG_IGN does nothing, a Python callable is called with the signal number and the frame (None).
 */
public final class Signals {
    private Signals() {}

    public static final int NSIG = 65;
    public static final long SIG_DFL = 0;
    public static final long SIG_IGN = 1;
    private static final Map<InterpreterState, Object[]> HANDLERS = new WeakHashMap<>();

    /** This interpreter's handlers by signal number; null entries are SIG_DFL. */
    public static Object[] handlers(InterpreterState interp) {
        synchronized (HANDLERS) {
            return HANDLERS.computeIfAbsent(interp, i -> new Object[NSIG]);
        }
    }

    /** {@code _signal.default_int_handler}: what SIGINT runs unless a program changes it. */
    public static final PyBuiltin DEFAULT_INT_HANDLER = new PyBuiltin("default_int_handler", (t, a, k) -> {
        throw Err.make(Types.KeyboardInterrupt, (String) null);
    });

    /** Runs the handler of {@code signum} in thread {@code t} (the main thread). */
    public static void run(PyThread t, int signum) {
        Object h = handlers(t.interp)[signum];
        if (h == null && signum == 2) {
            h = DEFAULT_INT_HANDLER;
        }
        if (h == null || h instanceof Long) {
            if (h == null || (Long) h == SIG_DFL) {
                if (signum == 2) {
                    throw Err.make(Types.KeyboardInterrupt, (String) null);
                }
                // the default action of other signals ends the process, as the kernel would
                t.interp.stdout.flushQuietly(t);
                Runtime.getRuntime().halt(128 + signum);
            }
            return;
        }
        Ops.call(t, h, new Object[] {(long) signum, PyNone.NONE}, null);
    }
}

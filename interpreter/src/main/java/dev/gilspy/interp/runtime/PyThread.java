package dev.gilspy.interp.runtime;

import dev.gilspy.interp.gil.ThreadState;

/**
 * The interpreter's view of one Python thread: its GIL thread state, frame chain top and depth.
 * Every call writes {@link #top} and {@link #depth}, so instances are padded ({@link Padded}): the
 * collector copies long-lived objects next to each other, and two free-threaded threads must not
 * write one cache line.
 */
public abstract sealed class PyThread permits PyThread.Padded {
    private static final ThreadLocal<PyThread> CURRENT = new ThreadLocal<>();

    public final InterpreterState interp;
    public final ThreadState ts;
    public PyFrame top;
    int depth;
    /** The exception being handled by the innermost active except block (sys.exc_info()). */
    public PyBaseException handled;
    /**
     * The current {@code contextvars.Context} ({@code tstate->context}), null until first asked for;
     * only {@code _contextvars} reads and writes it. A field, not a map keyed by thread: asyncio's
     * {@code Handle._run} enters and leaves a context for every callback.
     */
    public Object context;

    /** A new Python thread on the calling Java thread, which it becomes the {@link #current()} one of. */
    public static PyThread create(InterpreterState interp, ThreadState ts) {
        return new Padded(interp, ts);
    }

    private PyThread(InterpreterState interp, ThreadState ts) {
        this.interp = interp;
        this.ts = ts;
        CURRENT.set(this);
    }

    public static PyThread current() {
        return CURRENT.get();
    }

    public static void clearCurrent() {
        CURRENT.remove();
    }

    /** Restores the calling thread's PyThread after it ran code in another interpreter. */
    public static void setCurrent(PyThread t) {
        if (t == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(t);
        }
    }

    /** The check site: serves drop requests and runs the SIGINT handler for a pending Ctrl-C. */
    public void checkBreaker() {
        if (ts.evalBreaker != 0) {
            int event = ts.handleEvalBreaker();
            if (interp.gil.pendingCalls()) {
                Finalizers.runPending(this); // objects whose __del__ is due (CPython's pending calls)
            }
            if (event == ThreadState.SIGINT) {
                Signals.run(this, 2); // the SIGINT handler: default_int_handler raises KeyboardInterrupt
            }
        }
    }

    /**
     * CPython's {@code Py_EnterRecursiveCall(where)} for a builtin that recurses in Java
     * ({@code _json}): {@code nesting} levels of its own count against the recursion limit with the
     * thread's Python frames, so a structure nested past the limit raises RecursionError.
     */
    public void checkRecursion(int nesting, String where) {
        if (depth + nesting > interp.recursionLimit) {
            throw Err.make(Types.RecursionError, "maximum recursion depth exceeded" + where);
        }
    }

    void pushFrame(PyFrame f) {
        if (++depth > interp.recursionLimit) {
            depth--;
            throw Err.make(Types.RecursionError, "maximum recursion depth exceeded");
        }
        f.back = top;
        top = f;
        ts.setFrame(f);
        if (callHook != null) {
            callHook.enter(this, f);
        }
    }

    void popFrame(PyFrame f) {
        if (callHook != null) {
            callHook.exit(this, f);
        }
        depth--;
        top = f.back;
        ts.setFrame(top);
    }

    /**
     * What a profiler written in Java ({@code _lsprof}) is told as this thread's Python frames start
     * and end (CPython's {@code PyEval_SetProfile} call and return events; a generator's frame on
     * each resumption, as in 3.11). Set and read by the owning thread only.
     */
    public interface CallHook {
        void enter(PyThread t, PyFrame f);

        void exit(PyThread t, PyFrame f);
    }

    /** This thread's {@link CallHook}, null when none. */
    public CallHook callHook;

    /** Two cache lines of nothing after the fields. */
    @SuppressWarnings("unused")
    static final class Padded extends PyThread {
        private long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;

        private Padded(InterpreterState interp, ThreadState ts) {
            super(interp, ts);
        }
    }
}

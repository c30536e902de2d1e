package dev.gilspy.interp;

import dev.gilspy.interp.gil.ThreadState;

/** The interpreter's view of one Python thread: its GIL thread state, frame chain top and depth. */
public final class PyThread {
    private static final ThreadLocal<PyThread> CURRENT = new ThreadLocal<>();

    final Interpreter interp;
    final ThreadState ts;
    Frame top;
    int depth;
    /** The exception being handled by the innermost active except block (sys.exc_info()). */
    PyBaseException handled;

    PyThread(Interpreter interp, ThreadState ts) {
        this.interp = interp;
        this.ts = ts;
        CURRENT.set(this);
    }

    static PyThread current() {
        return CURRENT.get();
    }

    static void clearCurrent() {
        CURRENT.remove();
    }

    /** Restores the calling thread's PyThread after it ran code in another interpreter. */
    static void setCurrent(PyThread t) {
        if (t == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(t);
        }
    }

    /** The check site: serves drop requests and raises KeyboardInterrupt for a pending Ctrl-C. */
    void checkBreaker() {
        if (ts.evalBreaker != 0 && ts.handleEvalBreaker() == ThreadState.SIGINT) {
            throw Err.make(Types.KeyboardInterrupt, (String) null);
        }
    }

    void pushFrame(Frame f) {
        if (++depth > interp.recursionLimit) {
            depth--;
            throw Err.make(Types.RecursionError, "maximum recursion depth exceeded");
        }
        f.back = top;
        top = f;
        ts.setFrame(f);
    }

    void popFrame(Frame f) {
        depth--;
        top = f.back;
        ts.setFrame(top);
    }
}

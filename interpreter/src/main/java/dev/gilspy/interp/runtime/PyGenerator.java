package dev.gilspy.interp.runtime;


/**
 * A generator: a suspended {@link PyFrame}. Resuming re-runs the body with {@code frame.resuming} set;
 * each compound statement then jumps to the child it saved in {@code frame.state}, down to the
 * yield that suspended it. No thread per generator.
 */
public final class PyGenerator extends PyIter {
    final PyFrame frame;
    final String name;
    final String qualname;
    private boolean started;
    private boolean running;
    boolean finished;
    public Object returnValue;

    PyGenerator(PyFrame frame, String name, String qualname) {
        this.frame = frame;
        this.name = name;
        this.qualname = qualname;
    }

    @Override public PyType type() { return Types.GENERATOR; }

    @Override
    public Object next(PyThread t) {
        return resume(t, PyNone.NONE, null);
    }

    /** Runs to the next yield; returns the yielded value, or null when the generator returned. */
    public Object resume(PyThread t, Object sent, PyException thrown) {
        if (finished) {
            if (thrown != null) {
                throw thrown;
            }
            return null;
        }
        if (running) {
            throw Err.value("generator already executing");
        }
        if (!started && sent != PyNone.NONE && thrown == null) {
            throw Err.type("can't send non-None value to a just-started generator");
        }
        PyFrame f = frame;
        f.t = t;
        f.resuming = started;
        f.sent = sent;
        f.thrown = thrown;
        if (!started && thrown != null) {
            finished = true;
            throw thrown;
        }
        started = true;
        running = true;
        t.pushFrame(f);
        PyBaseException savedHandled = t.handled;
        Completion c;
        try {
            if (t.ts.evalBreaker != 0) {
                t.checkBreaker();
            }
            c = f.code.body.exec(f);
        } catch (PyException e) {
            finished = true;
            e.exc.addTraceback(f);
            if (e.exc.type() == Types.StopIteration) {
                PyException re = Err.runtime("generator raised StopIteration");
                re.exc.cause = e.exc;
                re.exc.context = e.exc;
                throw re;
            }
            throw e;
        } catch (StackOverflowError e) {
            finished = true;
            throw Err.make(Types.RecursionError, "maximum recursion depth exceeded");
        } finally {
            running = false;
            t.handled = savedHandled;
            t.popFrame(f);
        }
        if (c == Completion.YIELD) {
            Object y = f.yielded;
            f.yielded = null;
            return y;
        }
        finished = true;
        returnValue = f.retval == null ? PyNone.NONE : f.retval;
        return null;
    }

    /** {@code send(v)}: raises StopIteration(value) when the generator returns. */
    Object send(PyThread t, Object v) {
        Object r = resume(t, v, null);
        if (r == null) {
            throw stop();
        }
        return r;
    }

    public PyException stop() {
        Object rv = returnValue;
        returnValue = null;
        return rv == null || rv == PyNone.NONE ? Err.make(Types.StopIteration, new Object[0])
            : Err.make(Types.StopIteration, new Object[] {rv});
    }

    Object throwIn(PyThread t, PyException e) {
        Object r = resume(t, PyNone.NONE, e);
        if (r == null) {
            throw stop();
        }
        return r;
    }

    void close(PyThread t) {
        if (finished || !started) {
            finished = true;
            return;
        }
        try {
            Object r = resume(t, PyNone.NONE, Err.make(Types.GeneratorExit, new Object[0]));
            if (r != null) {
                throw Err.runtime("generator ignored GeneratorExit");
            }
        } catch (PyException e) {
            if (!Err.matches(e, Types.GeneratorExit) && !Err.matches(e, Types.StopIteration)) {
                throw e;
            }
        }
    }

    @Override
    public String toString() {
        return "<generator object " + qualname + " at 0x" + Long.toHexString(System.identityHashCode(this)) + ">";
    }
}

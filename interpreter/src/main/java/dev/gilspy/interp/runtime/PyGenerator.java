package dev.gilspy.interp.runtime;


/**
 * A generator, coroutine or async generator: a suspended {@link PyFrame}. Resuming re-runs the
 * body with {@code frame.resuming} set; each compound statement then jumps to the child it saved
 * in {@code frame.state}, and each expression replays the values it saved before the yield that
 * suspended it (see {@code nodes.YieldExprs}). No thread per generator.
 *
 * <p>A yield at statement level returns {@link Completion#YIELD}; a yield inside an expression
 * throws {@link Suspend}, which {@link #resume} takes for the same thing.
 */
public final class PyGenerator extends PyIter implements Attr.AttrHolder {
    /** What {@code async def} and {@code yield} made of the function (CPython's three frame-owning types). */
    public enum Kind { GENERATOR, COROUTINE, ASYNC_GENERATOR }

    /** Unwinds an expression whose yield suspended the frame; carries no stack trace. */
    public static final class Suspend extends RuntimeException {
        public static final Suspend INSTANCE = new Suspend();
        private Suspend() { super(null, null, false, false); }
    }

    /** A value an async generator yields to its consumer, told apart from what its awaits pass up. */
    public record AsyncGenValue(Object value) {}

    final PyFrame frame;
    public final Kind kind;
    String name;
    String qualname;
    private boolean started;
    private boolean running;
    boolean finished;
    public Object returnValue;
    /** Async generators: {@code aclose()} ran or the generator finished; CPython's ag_closed. */
    boolean closed;
    /** Async generators: an asend/athrow awaitable is running (ag_running_async). */
    boolean runningAsync;
    /** Async generators: {@code sys.set_asyncgen_hooks}' firstiter hook ran (ag_hooks_inited). */
    boolean hooksInited;

    PyGenerator(PyFrame frame, String name, String qualname) {
        this.frame = frame;
        this.name = name;
        this.qualname = qualname;
        int flags = frame.code.flags;
        this.kind = (flags & Code.CO_COROUTINE) != 0 ? Kind.COROUTINE
            : (flags & Code.CO_ASYNC_GENERATOR) != 0 ? Kind.ASYNC_GENERATOR : Kind.GENERATOR;
    }

    @Override public PyType type() {
        return switch (kind) {
            case GENERATOR -> Types.GENERATOR;
            case COROUTINE -> Coroutines.COROUTINE;
            case ASYNC_GENERATOR -> Coroutines.ASYNC_GENERATOR;
        };
    }

    /** A generator made a coroutine by {@code types.coroutine} (CO_ITERABLE_COROUTINE): {@code await} accepts it. */
    public boolean iterableCoroutine() {
        return (frame.code.flags & Code.CO_ITERABLE_COROUTINE) != 0;
    }

    @Override
    public Object next(PyThread t) {
        return resume(t, PyNone.NONE, null);
    }

    /** Runs to the next yield; returns the yielded value, or null when the generator returned. */
    public Object resume(PyThread t, Object sent, PyException thrown) {
        if (finished) {
            if (kind == Kind.COROUTINE && thrown != null && !Err.matches(thrown, Types.GeneratorExit)) {
                throw Err.runtime("cannot reuse already awaited coroutine");
            }
            if (thrown != null) {
                throw thrown;
            }
            if (kind == Kind.COROUTINE) {
                throw Err.runtime("cannot reuse already awaited coroutine");
            }
            return null;
        }
        if (running) {
            throw Err.value(kindName() + " already executing");
        }
        if (!started && sent != PyNone.NONE && thrown == null) {
            throw Err.type("can't send non-None value to a just-started " + kindName());
        }
        PyFrame f = frame;
        f.t = t;
        f.resuming = started;
        f.sent = sent;
        f.thrown = thrown;
        if (!started && thrown != null) {
            // CPython raises it in the frame at its first line, so the traceback gets this frame
            // (line co_firstlineno) and then the caller's, also when the exception already had one
            finished = true;
            if (f.line == 0) {
                f.line = f.code.firstLine;
            }
            thrown.exc.addTraceback(f);
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
            Object d = f.resuming ? f.delegate : null;
            if (d != null && (d = stepDelegate(t, f, d, sent, thrown)) != null) {
                f.yielded = d;
                c = Completion.YIELD;
            } else {
                c = f.code.body.exec(f);
            }
        } catch (Suspend s) {
            c = Completion.YIELD;
        } catch (PyException e) {
            finished = true;
            e.exc.addTraceback(f);
            throw leaking(e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            finished = true;
            throw Err.fromJvm(e);
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

    /**
     * A frame suspended in {@code yield from} or {@code await} is resumed by stepping its sub-iterator
     * directly, as CPython's SEND does, instead of replaying the body down to the delegating node for
     * every value that passes through (json's nested {@code _iterencode} generators pass each chunk up
     * through 3-5 of them). Returns the value to yield on, or null when the sub-iterator returned or
     * raised: then the outcome waits in {@link PyFrame#delegated} for the node, and the body replays.
     */
    private static Object stepDelegate(PyThread t, PyFrame f, Object d, Object sent, PyException thrown) {
        Object r;
        try {
            r = Delegation.step(t, d, sent, thrown);
        } catch (PyException e) {
            r = e;
        }
        if (r instanceof Delegation.Done || r instanceof PyException) {
            f.delegated = r;
            return null;
        }
        f.sent = null;
        f.thrown = null;
        f.resuming = false;
        return r;
    }

    /** PEP 479 (and PEP 525): StopIteration, or StopAsyncIteration in an async generator, becomes a RuntimeError. */
    private PyException leaking(PyException e) {
        String what;
        if (e.exc.type().isSubtypeOf(Types.StopIteration)) {
            what = "StopIteration";
        } else if (kind == Kind.ASYNC_GENERATOR && e.exc.type().isSubtypeOf(Coroutines.StopAsyncIteration)) {
            what = "StopAsyncIteration";
        } else {
            return e;
        }
        PyException re = Err.runtime(kindName() + " raised " + what);
        re.exc.cause = e.exc;
        re.exc.context = e.exc;
        return re;
    }

    String kindName() {
        return switch (kind) {
            case GENERATOR -> "generator";
            case COROUTINE -> "coroutine";
            case ASYNC_GENERATOR -> "async generator";
        };
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
                throw Err.runtime(kindName() + " ignored GeneratorExit");
            }
        } catch (PyException e) {
            if (!Err.matches(e, Types.GeneratorExit) && !Err.matches(e, Types.StopIteration)) {
                throw e;
            }
        }
    }

    boolean started() { return started; }
    boolean running() { return running; }

    @Override
    public Object getAttr(String n) {
        String p = kind == Kind.GENERATOR ? "gi_" : kind == Kind.COROUTINE ? "cr_" : "ag_";
        switch (n) {
            case "__name__": return name;
            case "__qualname__": return qualname;
            default: break;
        }
        if (!n.startsWith(p)) {
            return null;
        }
        switch (n.substring(3)) {
            case "frame": return finished ? PyNone.NONE : new Traceback.FrameObj(frame);
            case "running": return running;
            case "code": return CodeObj.of(frame.code);
            case "suspended": return kind != Kind.ASYNC_GENERATOR ? (Object) (started && !finished && !running) : null;
            case "yieldfrom", "await": {
                Object d = finished || running ? null : frame.delegate;
                return d == null ? PyNone.NONE : d;
            }
            case "origin": return kind == Kind.COROUTINE ? PyNone.NONE : null;
            default: return null;
        }
    }

    @Override
    public boolean setAttr(String n, Object v) {
        if (n.equals("__name__") || n.equals("__qualname__")) {
            if (!(v instanceof String s)) {
                throw Err.type(n + " must be set to a string object");
            }
            if (n.equals("__name__")) {
                name = s;
            } else {
                qualname = s;
            }
            return true;
        }
        return false;
    }

    @Override
    public boolean delAttr(String n) {
        if (n.equals("__name__") || n.equals("__qualname__")) {
            throw Err.type(n + " must be set to a string object");
        }
        return false;
    }

    @Override
    public String toString() {
        return "<" + kindName().replace(' ', '_') + " object " + qualname + " at 0x"
            + Long.toHexString(System.identityHashCode(this)) + ">";
    }
}

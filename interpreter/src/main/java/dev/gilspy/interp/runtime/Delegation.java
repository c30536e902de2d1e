package dev.gilspy.interp.runtime;

/**
 * {@code yield from} and {@code await}: one step of a generator delegating to a sub-iterator
 * (CPython's {@code gen_send_ex} / {@code _PyGen_yf} path, and {@code _PyCoro_GetAwaitableIter}).
 * A step either yields a value outward or finishes with the sub-iterator's return value.
 */
public final class Delegation {
    private Delegation() {}

    /** The sub-iterator finished; {@code value} is its return value (StopIteration.value). */
    public static final class Done {
        public final Object value;
        Done(Object value) { this.value = value; }
    }

    /**
     * A native iterator that takes a step itself (the C {@code FutureIter} of {@code _asyncio}), as a
     * C type's {@code am_send} does: it finishes with {@link #done} instead of raising StopIteration.
     */
    public interface Steppable {
        /** The value to yield, or {@link #done} of the return value; {@code thrown} is raised into it. */
        Object step(PyThread t, Object sent, PyException thrown);
    }

    /** A finished step's outcome, for a {@link Steppable}. */
    public static Done done(Object value) { return new Done(value); }

    /**
     * Sends {@code sent} (or throws {@code thrown}) into {@code it}; returns the value it yields, or
     * a {@link Done} when it returned. A null or None {@code sent} means {@code next()}.
     */
    public static Object step(PyThread t, Object it, Object sent, PyException thrown) {
        if (it instanceof PyGenerator g) {
            Object r = g.resume(t, sent == null ? PyNone.NONE : sent, thrown);
            if (r == null) {
                Object rv = g.returnValue;
                g.returnValue = null;
                return new Done(rv == null ? PyNone.NONE : rv);
            }
            return r;
        }
        if (it instanceof Steppable s) {
            return s.step(t, sent, thrown);
        }
        if (thrown != null) {
            if (thrown.exc.type().isSubtypeOf(Types.GeneratorExit)) {
                Object close = Ops.getattrOrNull(it, "close");
                if (close != null) {
                    Ops.call(t, close, new Object[0], null);
                }
                throw thrown;
            }
            Object m = Ops.getattrOrNull(it, "throw");
            if (m == null) {
                throw thrown;
            }
            return callCatchingStop(t, m, new Object[] {thrown.exc});
        }
        if (sent == null || sent == PyNone.NONE) {
            if (it instanceof PyIter pi && !(pi instanceof PyIter.Generic)) {
                Object r = pi.next(t);
                return r == null ? new Done(PyNone.NONE) : r;
            }
            Object m = Ops.typeOf(it).lookup("__next__");
            if (m == null) {
                throw Err.type("'" + Ops.typeName(it) + "' object is not an iterator");
            }
            return callCatchingStop(t, m, new Object[] {it});
        }
        return callCatchingStop(t, Ops.getattr(it, "send"), new Object[] {sent});
    }

    /**
     * The delegating node's step on a resumed frame: the outcome {@link PyGenerator#resume} already got
     * by stepping the sub-iterator (left in {@link PyFrame#delegated}), else a fresh step.
     */
    public static Object resumeStep(PyFrame f, Object it, Object sent, PyException thrown) {
        Object pending = f.delegated;
        if (pending != null) {
            f.delegated = null;
            if (pending instanceof PyException e) {
                throw e;
            }
            return pending;
        }
        return step(f.t, it, sent, thrown);
    }

    private static Object callCatchingStop(PyThread t, Object m, Object[] args) {
        try {
            return Ops.call(t, m, args, null);
        } catch (PyException e) {
            if (Err.matches(e, Types.StopIteration)) {
                return new Done(stopValue(e.exc));
            }
            throw e;
        }
    }

    /** {@code StopIteration.value}: its first argument, or None. */
    public static Object stopValue(PyBaseException e) {
        PyTuple a = e.args;
        return a == null || a.items.length == 0 ? PyNone.NONE : a.items[0];
    }

    /**
     * The iterator an {@code await} delegates to: a coroutine itself, a generator-based coroutine
     * ({@code types.coroutine}), or what {@code __await__} returns, which must be an iterator.
     */
    public static Object awaitable(PyThread t, Object o) {
        if (o instanceof PyGenerator g && (g.kind == PyGenerator.Kind.COROUTINE || g.iterableCoroutine())) {
            if (g.kind == PyGenerator.Kind.COROUTINE && !g.finished && g.frame.delegate != null) {
                throw Err.runtime("coroutine is being awaited already");
            }
            return g;
        }
        PyType type = Ops.typeOf(o);
        Object m = type.lookup("__await__");
        if (m == null) {
            throw Err.type("object " + type.name + " can't be used in 'await' expression");
        }
        Object it = Ops.call(t, m, new Object[] {o}, null);
        if (it instanceof PyGenerator g && (g.kind == PyGenerator.Kind.COROUTINE || g.iterableCoroutine())) {
            throw Err.type("__await__() returned a coroutine");
        }
        if (!(it instanceof PyIter) && Ops.typeOf(it).lookup("__next__") == null) {
            throw Err.type("__await__() returned non-iterator of type '" + Ops.typeName(it) + "'");
        }
        return it;
    }
}

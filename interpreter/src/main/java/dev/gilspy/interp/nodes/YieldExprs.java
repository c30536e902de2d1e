package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.Completion;
import dev.gilspy.interp.runtime.Delegation;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyFrame;
import dev.gilspy.interp.runtime.PyGenerator;
import dev.gilspy.interp.runtime.PyNone;

/**
 * {@code yield}, {@code yield from} and {@code await} inside expressions, and the {@link Memo}
 * that lets an expression be re-entered.
 *
 * <p>How an expression resumes: a yield inside an expression saves the value, marks itself
 * suspended in a frame slot and throws {@link PyGenerator.Suspend}. The statement is re-run when
 * the generator resumes, with {@code frame.resuming} set. {@link YieldSpill} wrapped every operand
 * of every node on the way to a yield in a {@link Memo}, so operands evaluated before the yield are
 * not evaluated again: while resuming, a memo that holds a value returns it. The marked yield is
 * reached again, clears {@code resuming} and delivers the sent value (or raises the thrown
 * exception); evaluation then continues as usual, in CPython's order, since each node evaluates its
 * operands in its own order either way.
 */
public final class YieldExprs {
    private YieldExprs() {}

    static final Object MARK = Boolean.TRUE;

    /** An exception thrown in at a yield inside an except block has the handled one as its context, as a raise there would. */
    static PyException withContext(PyFrame f, PyException thrown) {
        var handled = f.t.handled;
        if (handled != null && handled != thrown.exc && thrown.exc.context == null) {
            thrown.exc.context = handled;
        }
        return thrown;
    }

    /** Delivers what the generator was resumed with: the thrown exception, or the sent value. */
    static Object delivered(PyFrame f) {
        f.resuming = false;
        PyException thrown = f.thrown;
        if (thrown != null) {
            f.thrown = null;
            f.sent = null;
            throw withContext(f, thrown);
        }
        Object s = f.sent;
        f.sent = null;
        return s == null ? PyNone.NONE : s;
    }

    /** {@code (yield value)}; in an async generator the value is wrapped for its consumer. */
    public static final class Yield extends Expr {
        Expr value;
        final int markSlot;
        final boolean asyncGen;

        public Yield(Expr value, int markSlot, boolean asyncGen) {
            this.value = value;
            this.markSlot = markSlot;
            this.asyncGen = asyncGen;
        }

        @Override
        Object eval(PyFrame f) {
            if (f.resuming && f.slots[markSlot] != null) {
                f.slots[markSlot] = null;
                return delivered(f);
            }
            Object v = value == null ? PyNone.NONE : value.eval(f);
            f.yielded = asyncGen ? new PyGenerator.AsyncGenValue(v) : v;
            f.slots[markSlot] = MARK;
            throw PyGenerator.Suspend.INSTANCE;
        }
    }

    /** {@code yield from it} and {@code await x}: delegates until the sub-iterator returns, then is its value. */
    public static final class YieldFrom extends Expr {
        Expr source;
        final int iterSlot;
        final boolean await;

        public YieldFrom(Expr source, int iterSlot, boolean await) {
            this.source = source;
            this.iterSlot = iterSlot;
            this.await = await;
        }

        @Override
        Object eval(PyFrame f) {
            Object it;
            Object r;
            if (f.resuming && f.slots[iterSlot] != null) {
                it = f.slots[iterSlot];
                f.resuming = false;
                PyException thrown = f.thrown;
                Object sent = f.sent;
                f.thrown = null;
                f.sent = null;
                try {
                    r = Delegation.resumeStep(f, it, sent, thrown);
                } catch (PyException e) {
                    f.slots[iterSlot] = null;
                    f.delegate = null;
                    throw e;
                }
            } else {
                Object src = source.eval(f);
                it = await ? Delegation.awaitable(f.t, src) : iterFor(f, src);
                f.slots[iterSlot] = it;
                f.delegate = it;
                try {
                    r = Delegation.step(f.t, it, PyNone.NONE, null);
                } catch (PyException e) {
                    f.slots[iterSlot] = null;
                    f.delegate = null;
                    throw e;
                }
            }
            if (r instanceof Delegation.Done d) {
                f.slots[iterSlot] = null;
                f.delegate = null;
                return d.value;
            }
            f.yielded = r;
            f.delegate = it;
            throw PyGenerator.Suspend.INSTANCE;
        }

        /**
         * CPython's GET_YIELD_FROM_ITER: a coroutine is delegated to as it is, but only from a coroutine
         * or a {@code types.coroutine} generator; anything else through {@code iter()}.
         */
        static Object iterFor(PyFrame f, Object src) {
            if (src instanceof PyGenerator g && g.kind == PyGenerator.Kind.COROUTINE) {
                int flags = f.code() instanceof dev.gilspy.interp.runtime.Code c ? c.flags : 0;
                if ((flags & (dev.gilspy.interp.runtime.Code.CO_COROUTINE | dev.gilspy.interp.runtime.Code.CO_ITERABLE_COROUTINE)) == 0) {
                    throw dev.gilspy.interp.runtime.Err.type("cannot 'yield from' a coroutine object in a non-coroutine generator");
                }
                return src;
            }
            return Ops.iter(src);
        }
    }

    /**
     * A statement whose own expressions may suspend the frame: takes the {@link PyGenerator.Suspend}
     * close to where it was thrown (a short unwind) and returns {@link Completion#YIELD}, as a
     * statement-level yield does.
     */
    public static final class Suspending extends Stmt {
        final Stmt inner;

        Suspending(Stmt inner) {
            this.inner = inner;
        }

        @Override
        public Completion exec(PyFrame f) {
            try {
                return inner.exec(f);
            } catch (PyGenerator.Suspend s) {
                return Completion.YIELD;
            }
        }
    }

    /**
     * An operand evaluated before a yield in the same statement: keeps its value in a frame slot,
     * and while the frame is resuming returns that value instead of evaluating again. Cleared before
     * each fresh evaluation, so a value from an earlier run of the statement is never replayed.
     */
    public static final class Memo extends Expr {
        final Expr inner;
        final int slot;

        Memo(Expr inner, int slot) {
            this.inner = inner;
            this.slot = slot;
            this.line = inner.line;
        }

        @Override
        Object eval(PyFrame f) {
            if (f.resuming) {
                Object v = f.slots[slot];
                if (v != null) {
                    return v;
                }
            } else {
                f.slots[slot] = null;
            }
            Object v = inner.eval(f);
            f.slots[slot] = v;
            return v;
        }
    }
}

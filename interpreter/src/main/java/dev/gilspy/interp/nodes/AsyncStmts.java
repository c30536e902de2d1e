package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.Completion;
import dev.gilspy.interp.runtime.Coroutines;
import dev.gilspy.interp.runtime.Delegation;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBaseException;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyFrame;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.SpecialMethods;
import dev.gilspy.interp.runtime.Traceback;

/**
 * {@code async for} and {@code async with}: compound statements that await in their own machinery
 * ({@code __anext__}, {@code __aenter__}, {@code __aexit__}). Like {@link TryStmt} they keep their
 * phase in a frame state slot and the awaited iterator in a frame slot, and return
 * {@link Completion#YIELD} when an await suspends the coroutine.
 */
public final class AsyncStmts {
    private AsyncStmts() {}

    /**
     * Awaits {@code awaitable} from the start, or (when it is null) continues the await kept in
     * {@code slot} with what the coroutine was resumed with. Returns the result, or null after
     * setting {@code f.yielded}: the caller then returns YIELD.
     */
    static Delegation.Done await(PyFrame f, int slot, Object awaitable) {
        return await(f, slot, awaitable, null);
    }

    /** {@link #await}, for the awaitable that {@code where} ({@code __anext__}, {@code __aenter__}, {@code __aexit__}) returned. */
    static Delegation.Done await(PyFrame f, int slot, Object awaitable, String where) {
        Object it;
        Object r;
        try {
            if (awaitable == null) {
                it = f.slots[slot];
                f.resuming = false;
                PyException thrown = f.thrown;
                Object sent = f.sent;
                f.thrown = null;
                f.sent = null;
                r = Delegation.resumeStep(f, it, sent, thrown);
            } else {
                it = where == null ? Delegation.awaitable(f.t, awaitable) : awaitableFrom(f, awaitable, where);
                f.slots[slot] = it;
                r = Delegation.step(f.t, it, PyNone.NONE, null);
            }
        } catch (PyException e) {
            f.slots[slot] = null;
            f.delegate = null;
            throw e;
        }
        if (r instanceof Delegation.Done d) {
            f.slots[slot] = null;
            f.delegate = null;
            return d;
        }
        f.yielded = r;
        f.delegate = it;
        return null;
    }

    /** CPython's GET_ANEXT and GET_AWAITABLE's messages for what a protocol method returned. */
    private static Object awaitableFrom(PyFrame f, Object awaitable, String where) {
        if (where.equals("__anext__")) {
            try {
                return Delegation.awaitable(f.t, awaitable);
            } catch (PyException e) {
                PyException te = Err.type("'async for' received an invalid object from __anext__: " + Ops.typeName(awaitable));
                te.exc.cause = e.exc;
                te.exc.context = e.exc;
                throw te;
            }
        }
        if (!(awaitable instanceof dev.gilspy.interp.runtime.PyGenerator) && Ops.typeOf(awaitable).lookup("__await__") == null) {
            throw Err.type("'async with' received an object from " + where + " that does not implement __await__: "
                + Ops.typeName(awaitable));
        }
        return Delegation.awaitable(f.t, awaitable);
    }

    /** {@code async for target in iter: body [else: orelse]}. */
    public static final class AsyncFor extends Stmt implements Resumable {
        private static final int BODY = 0;
        private static final int ELSE = 1;
        private static final int HEADER = 2;
        private static final int FETCH = 3;

        final Target target;
        Expr iter;
        final Stmt body;
        final Stmt orelse;
        final int iterSlot;
        final int awaitSlot;
        final int stateIdx;

        public AsyncFor(Target target, Expr iter, Stmt body, Stmt orelse, int iterSlot, int awaitSlot, int stateIdx) {
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
            this.iterSlot = iterSlot;
            this.awaitSlot = awaitSlot;
            this.stateIdx = stateIdx;
        }

        @Override public void enableResume() { }

        @Override
        public Completion exec(PyFrame f) {
            boolean resume = f.resuming;
            int st = resume ? f.state[stateIdx] : HEADER;
            if (st == ELSE) {
                return orelse.exec(f);
            }
            PyThread t = f.t;
            if (st == HEADER) {
                f.state[stateIdx] = HEADER;
                Object src = iter.eval(f);
                PyType type = Ops.typeOf(src);
                Object aiter = type.lookup("__aiter__");
                if (aiter == null) {
                    throw Err.type("'async for' requires an object with __aiter__ method, got " + type.name);
                }
                Object it = Ops.call(t, aiter, new Object[] {src}, null);
                if (Ops.typeOf(it).lookup("__anext__") == null) {
                    throw Err.type("'async for' received an object from __aiter__ that does not implement __anext__: "
                        + Ops.typeName(it));
                }
                f.slots[iterSlot] = it;
                resume = false;
            }
            Object it = f.slots[iterSlot];
            while (true) {
                if (!(resume && st == BODY)) {
                    Delegation.Done d;
                    try {
                        if (resume) {
                            d = await(f, awaitSlot, null);
                        } else {
                            Object anext = Ops.call(t, Ops.typeOf(it).lookup("__anext__"), new Object[] {it}, null);
                            f.state[stateIdx] = FETCH;
                            d = await(f, awaitSlot, anext, "__anext__");
                        }
                    } catch (PyException e) {
                        if (Err.matches(e, Coroutines.StopAsyncIteration)) {
                            break;
                        }
                        f.slots[iterSlot] = null;
                        throw e;
                    }
                    if (d == null) {
                        return YIELD;
                    }
                    f.state[stateIdx] = BODY;
                    target.assign(f, d.value);
                }
                resume = false;
                Completion c = body.exec(f);
                if (c != NORMAL) {
                    if (c == BREAK) {
                        f.slots[iterSlot] = null;
                        return NORMAL;
                    }
                    if (c != CONTINUE) {
                        if (c != YIELD) {
                            f.slots[iterSlot] = null;
                        }
                        return c;
                    }
                }
                if (t.ts.evalBreaker != 0) {
                    t.checkBreaker();
                }
            }
            f.slots[iterSlot] = null;
            if (orelse == null) {
                return NORMAL;
            }
            f.state[stateIdx] = ELSE;
            return orelse.exec(f);
        }
    }

    /** {@code async with manager as target: body}. */
    public static final class AsyncWith extends Stmt implements Resumable {
        private static final int HEADER = 0;
        private static final int ENTER = 1;
        private static final int BODY = 2;
        private static final int EXIT_EXC = 3;
        private static final int EXIT_OK = 4;

        Expr manager;
        final Target target;
        final Stmt body;
        final int mgrSlot;
        final int awaitSlot;
        final int pendingSlot;
        final int retSlot;
        final int stateIdx;

        public AsyncWith(Expr manager, Target target, Stmt body, int mgrSlot, int awaitSlot, int pendingSlot,
                         int retSlot, int stateIdx) {
            this.manager = manager;
            this.target = target;
            this.body = body;
            this.mgrSlot = mgrSlot;
            this.awaitSlot = awaitSlot;
            this.pendingSlot = pendingSlot;
            this.retSlot = retSlot;
            this.stateIdx = stateIdx;
        }

        @Override public void enableResume() { }

        @Override
        public Completion exec(PyFrame f) {
            int ph = f.resuming ? f.state[stateIdx] : HEADER;
            PyThread t = f.t;
            switch (ph) {
                case HEADER: {
                    f.state[stateIdx] = HEADER;
                    Object mgr = manager.eval(f);
                    PyType type = Ops.typeOf(mgr);
                    Object enter = type.lookup("__aenter__");
                    if (enter == null) {
                        throw Err.type("'" + type.name + "' object does not support the asynchronous context manager protocol");
                    }
                    if (type.lookup("__aexit__") == null) {
                        throw Err.type("'" + type.name + "' object does not support the asynchronous context manager protocol"
                            + " (missed __aexit__ method)");
                    }
                    f.slots[mgrSlot] = mgr;
                    Object aw = SpecialMethods.call(t, enter, new Object[] {mgr});
                    f.state[stateIdx] = ENTER;
                    return entered(f, await(f, awaitSlot, aw, "__aenter__"));
                }
                case ENTER:
                    return entered(f, await(f, awaitSlot, null));
                case BODY:
                    return runBody(f);
                case EXIT_EXC:
                    return exitedWithException(f, (PyException) f.slots[pendingSlot], awaitExit(f, null, null));
                default:
                    return exitedNormally(f, awaitExit(f, null, null));
            }
        }

        private Completion entered(PyFrame f, Delegation.Done d) {
            if (d == null) {
                return YIELD;
            }
            f.state[stateIdx] = BODY;
            if (target != null) {
                try {
                    target.assign(f, d.value);
                } catch (PyException e) {
                    return bodyRaised(f, e);
                }
            }
            return runBody(f);
        }

        private Completion runBody(PyFrame f) {
            Completion c;
            try {
                c = body.exec(f);
            } catch (PyException e) {
                return bodyRaised(f, e);
            }
            if (c == YIELD) {
                return YIELD;
            }
            f.slots[pendingSlot] = c;
            f.slots[retSlot] = f.retval;
            f.state[stateIdx] = EXIT_OK;
            Object mgr = f.slots[mgrSlot];
            Object exit = Ops.typeOf(mgr).lookup("__aexit__");
            Object aw = SpecialMethods.call(f.t, exit, new Object[] {mgr, PyNone.NONE, PyNone.NONE, PyNone.NONE});
            return exitedNormally(f, awaitExit(f, aw, null));
        }

        private Completion bodyRaised(PyFrame f, PyException e) {
            e.exc.addTraceback(f);
            f.slots[pendingSlot] = e;
            f.state[stateIdx] = EXIT_EXC;
            Object mgr = f.slots[mgrSlot];
            Object exit = Ops.typeOf(mgr).lookup("__aexit__");
            PyBaseException saved = f.t.handled;
            f.t.handled = e.exc;
            Object aw;
            try {
                aw = SpecialMethods.call(f.t, exit, new Object[] {mgr, e.exc.type(), e.exc, Traceback.of(e.exc)});
            } catch (PyException e2) {
                chain(f, e2, e);
                throw e2;
            } finally {
                f.t.handled = saved;
            }
            return exitedWithException(f, e, awaitExit(f, aw, e));
        }

        /** Awaits {@code __aexit__}'s awaitable (or continues that await), with the body's exception as the one being handled. */
        private Delegation.Done awaitExit(PyFrame f, Object aw, PyException handling) {
            PyException pending = handling != null ? handling
                : f.slots[pendingSlot] instanceof PyException pe ? pe : null;
            PyBaseException saved = f.t.handled;
            if (pending != null) {
                f.t.handled = pending.exc;
            }
            try {
                return await(f, awaitSlot, aw, aw == null ? null : "__aexit__");
            } catch (PyException e2) {
                if (pending != null) {
                    chain(f, e2, pending);
                }
                throw e2;
            } finally {
                f.t.handled = saved;
            }
        }

        private void chain(PyFrame f, PyException e2, PyException e) {
            f.slots[mgrSlot] = null;
            f.slots[pendingSlot] = null;
            if (e2.exc != e.exc && e2.exc.context == null) {
                e2.exc.context = e.exc;
            }
        }

        private Completion exitedWithException(PyFrame f, PyException e, Delegation.Done d) {
            if (d == null) {
                return YIELD;
            }
            f.slots[mgrSlot] = null;
            f.slots[pendingSlot] = null;
            if (Ops.truthy(d.value)) {
                return NORMAL;
            }
            throw e;
        }

        private Completion exitedNormally(PyFrame f, Delegation.Done d) {
            if (d == null) {
                return YIELD;
            }
            Completion c = (Completion) f.slots[pendingSlot];
            f.retval = f.slots[retSlot];
            f.slots[mgrSlot] = null;
            f.slots[pendingSlot] = null;
            f.slots[retSlot] = null;
            return c;
        }
    }
}

package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.Completion;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.InternalErrors;
import dev.gilspy.interp.runtime.PyBaseException;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyFrame;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;

/**
 * {@code try/except/else/finally}. In generators the running phase (body, handler k, else,
 * finally) and any pending exception live in the frame so the statement can be re-entered.
 */
public final class TryStmt extends Stmt implements Resumable {
    public record Handler(Expr type, Target name, Stmt body) {}

    private static final int PH_BODY = 0;
    private static final int PH_ELSE = 1;
    private static final int PH_FINALLY = 2;
    private static final int PH_HANDLER = 3;

    final Stmt body;
    final Handler[] handlers;
    final Stmt orelse;
    final Stmt finalbody;
    final int stateIdx;
    final int excSlot;
    final int pendingSlot;
    boolean gen;

    public TryStmt(Stmt body, Handler[] handlers, Stmt orelse, Stmt finalbody, int stateIdx, int excSlot, int pendingSlot) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.finalbody = finalbody;
        this.stateIdx = stateIdx;
        this.excSlot = excSlot;
        this.pendingSlot = pendingSlot;
    }

    @Override public void enableResume() { gen = true; }

    @Override
    public Completion exec(PyFrame f) {
        if (gen) {
            return execGen(f);
        }
        if (finalbody == null) {
            return execExcept(f);
        }
        Completion c;
        try {
            c = execExcept(f);
        } catch (PyException e) {
            Completion fc = runFinally(f, e);
            if (fc != NORMAL) {
                return fc;
            }
            throw e;
        } catch (StackOverflowError | OutOfMemoryError so) {
            PyException e = Err.fromJvm(so);
            Completion fc = runFinally(f, e);
            if (fc != NORMAL) {
                return fc;
            }
            throw e;
        } catch (RuntimeException re) {
            PyException e = InternalErrors.toPython(re);
            Completion fc = runFinally(f, e);
            if (fc != NORMAL) {
                return fc;
            }
            throw e;
        }
        Object ret = f.retval;
        Completion fc = finalbody.exec(f);
        if (fc != NORMAL) {
            return fc;
        }
        f.retval = ret;
        return c;
    }

    private Completion runFinally(PyFrame f, PyException e) {
        e.exc.addTraceback(f);
        PyBaseException saved = f.t.handled;
        f.t.handled = e.exc;
        try {
            return finalbody.exec(f);
        } catch (PyException e2) {
            if (e2.exc != e.exc && e2.exc.context == null) {
                e2.exc.context = e.exc;
            }
            throw e2;
        } finally {
            f.t.handled = saved;
        }
    }

    private Completion execExcept(PyFrame f) {
        Completion c;
        try {
            c = body.exec(f);
        } catch (PyException e) {
            return handle(f, e);
        } catch (StackOverflowError | OutOfMemoryError so) {
            return handle(f, Err.fromJvm(so));
        } catch (RuntimeException re) {
            return handle(f, InternalErrors.toPython(re));
        }
        if (c == NORMAL && orelse != null) {
            return orelse.exec(f);
        }
        return c;
    }

    private Completion handle(PyFrame f, PyException e) {
        e.exc.addTraceback(f);
        for (int k = 0; k < handlers.length; k++) {
            if (matches(f, handlers[k], e)) {
                return runHandler(f, k, e);
            }
        }
        throw e;
    }

    private static boolean matches(PyFrame f, Handler h, PyException e) {
        if (h.type == null) {
            return true;
        }
        Object t = h.type.eval(f);
        PyType et = e.exc.type();
        if (t instanceof PyType pt && et.isSubtypeOf(pt)) {
            return true; // a match needs no check that pt is an exception class
        }
        if (t instanceof PyTuple tup) {
            // check_except_type_valid: every item is checked before any is matched
            for (Object o : tup.items) {
                if (!(o instanceof PyType pt && pt.isSubtypeOf(Types.BaseException))) {
                    throw notAnExceptionClass();
                }
            }
            for (Object o : tup.items) {
                if (et.isSubtypeOf((PyType) o)) {
                    return true;
                }
            }
            return false;
        }
        if (t instanceof PyType pt && pt.isSubtypeOf(Types.BaseException)) {
            return false;
        }
        throw notAnExceptionClass();
    }

    private static PyException notAnExceptionClass() {
        return Err.type("catching classes that do not inherit from BaseException is not allowed");
    }

    private Completion runHandler(PyFrame f, int k, PyException e) {
        Handler h = handlers[k];
        PyThread t = f.t;
        PyBaseException saved = t.handled;
        t.handled = e.exc;
        if (h.name != null && !f.resuming) {
            h.name.assign(f, e.exc);
        }
        try {
            Completion c = h.body.exec(f);
            if (c == YIELD) {
                return c;
            }
            if (h.name != null) {
                try {
                    h.name.delete(f);
                } catch (PyException ignored) {
                    // already deleted by the handler
                }
            }
            return c;
        } catch (PyException e2) {
            if (e2.exc != e.exc && e2.exc.context == null) {
                e2.exc.context = e.exc;
            }
            throw e2;
        } finally {
            t.handled = saved;
        }
    }

    // ---------------------------------------------------------------- generator form

    private Completion execGen(PyFrame f) {
        int phase = f.resuming ? f.state[stateIdx] : PH_BODY;
        PyException pending = null;
        Completion c = NORMAL;
        if (phase != PH_FINALLY) {
            try {
                c = exceptPartGen(f, phase);
                if (c == YIELD) {
                    return YIELD;
                }
            } catch (PyException e) {
                if (finalbody == null) {
                    throw e;
                }
                e.exc.addTraceback(f);
                pending = e;
            }
            if (finalbody == null) {
                return c;
            }
            f.state[stateIdx] = PH_FINALLY;
            f.slots[pendingSlot] = pending != null ? pending : c;
            f.slots[excSlot] = f.retval;
        } else {
            Object p = f.slots[pendingSlot];
            if (p instanceof PyException pe) {
                pending = pe;
            } else {
                c = (Completion) p;
            }
        }
        PyBaseException saved = f.t.handled;
        if (pending != null) {
            f.t.handled = pending.exc;
        }
        Completion fc;
        try {
            fc = finalbody.exec(f);
        } finally {
            f.t.handled = saved;
        }
        if (fc == YIELD) {
            return YIELD;
        }
        if (fc != NORMAL) {
            return fc;
        }
        if (pending != null) {
            throw pending;
        }
        if (c == RETURN) {
            f.retval = f.slots[excSlot];
        }
        return c;
    }

    private Completion exceptPartGen(PyFrame f, int phase) {
        if (phase == PH_ELSE) {
            return orelse.exec(f);
        }
        if (phase >= PH_HANDLER) {
            return runHandler(f, phase - PH_HANDLER, (PyException) f.slots[excSlot]);
        }
        f.state[stateIdx] = PH_BODY;
        Completion c;
        try {
            c = body.exec(f);
        } catch (PyException e) {
            e.exc.addTraceback(f);
            for (int k = 0; k < handlers.length; k++) {
                if (matches(f, handlers[k], e)) {
                    f.state[stateIdx] = PH_HANDLER + k;
                    f.slots[excSlot] = e;
                    return runHandler(f, k, e);
                }
            }
            throw e;
        }
        if (c == NORMAL && orelse != null) {
            f.state[stateIdx] = PH_ELSE;
            return orelse.exec(f);
        }
        return c;
    }
}

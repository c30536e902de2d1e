package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.Completion;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.InternalErrors;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBaseException;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyFrame;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.SpecialMethods;
import dev.gilspy.interp.runtime.Traceback;

/** {@code with mgr as x:} calling {@code __enter__}/{@code __exit__}; resumable in generators. */
public final class WithStmt extends Stmt implements Resumable {
    Expr manager;
    final Target target;
    final Stmt body;
    final int mgrSlot;
    boolean gen;

    public WithStmt(Expr manager, Target target, Stmt body, int mgrSlot) {
        this.manager = manager;
        this.target = target;
        this.body = body;
        this.mgrSlot = mgrSlot;
    }

    @Override public void enableResume() { gen = true; }

    @Override
    public Completion exec(PyFrame f) {
        PyThread t = f.t;
        Object mgr;
        if (gen && f.resuming && f.slots[mgrSlot] != null) {
            mgr = f.slots[mgrSlot];
        } else {
            mgr = manager.eval(f);
            PyType type = Ops.typeOf(mgr);
            Object enter = type.lookup("__enter__");
            if (enter == null || type.lookup("__exit__") == null) {
                throw Err.type("'" + type.name + "' object does not support the context manager protocol");
            }
            Object v = SpecialMethods.call(t, enter, new Object[] {mgr});
            if (gen) {
                f.slots[mgrSlot] = mgr;
            }
            if (target != null) {
                target.assign(f, v);
            }
        }
        Object exit = Ops.typeOf(mgr).lookup("__exit__");
        Completion c;
        try {
            try {
                c = body.exec(f);
            } catch (RuntimeException re) {
                throw InternalErrors.toPython(re);
            }
        } catch (PyException e) {
            e.exc.addTraceback(f);
            PyBaseException saved = t.handled;
            t.handled = e.exc;
            Object r;
            try {
                r = SpecialMethods.call(t, exit, new Object[] {mgr, e.exc.type(), e.exc, Traceback.of(e.exc)});
            } catch (PyException e2) {
                if (e2.exc != e.exc && e2.exc.context == null) {
                    e2.exc.context = e.exc;
                }
                throw e2;
            } finally {
                t.handled = saved;
            }
            if (gen) {
                f.slots[mgrSlot] = null;
            }
            if (Ops.truthy(r)) {
                return NORMAL;
            }
            throw e;
        }
        if (c == YIELD) {
            return c;
        }
        if (gen) {
            f.slots[mgrSlot] = null;
        }
        SpecialMethods.call(t, exit, new Object[] {mgr, PyNone.NONE, PyNone.NONE, PyNone.NONE});
        return c;
    }
}

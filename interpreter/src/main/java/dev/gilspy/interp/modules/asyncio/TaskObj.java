package dev.gilspy.interp.modules.asyncio;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Delegation;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBaseException;
import dev.gilspy.interp.runtime.PyBuiltin;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyGenerator;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;

/**
 * {@code _asyncio.Task} ({@code TaskObj}): a future driven by a coroutine. {@code step} sends into
 * (or throws into) the coroutine and parks the task on the future it yields; {@code wakeup}, that
 * future's done callback, steps it again. Both follow {@code task_step_impl} and
 * {@code task_wakeup}: the task's own future methods are called directly, not through a subclass's
 * overrides, and a plain C future yielded is handled without attribute lookups.
 */
final class TaskObj extends FutureObj {
    static final PyType TYPE = NativeTypes.newType("Task", "_asyncio", FutureObj.TYPE, (t, cls, a, k) -> construct(t, new TaskObj(cls), a, k));

    Object futWaiter, coro, name, context;
    boolean mustCancel, logDestroyPending = true;
    long numCancelsRequested;
    AsyncioModule.State st;
    private PyBuiltin stepFn, wakeupFn;
    /** This task's entry in {@link AsyncioModule.State#pendingTasks}, while it is there. */
    java.lang.ref.WeakReference<TaskObj> pendingRef;

    TaskObj(PyType cls) { super(cls); }

    @Override void leftPending() {
        if (st != null) {
            st.unlistPending(this);
        }
    }

    void initTask(PyThread t, Object coroArg, Object loopArg, Object nameArg, Object ctxArg) {
        st = AsyncioModule.state(t);
        init(t, st, loopArg);
        if (!st.isCoroutine(t, coroArg)) {
            logDestroyPending = false;
            throw Err.type("a coroutine was expected, got " + StrRepr.repr(coroArg));
        }
        context = ctxArg == PyNone.NONE ? st.copyContext(t) : ctxArg;
        mustCancel = false;
        logDestroyPending = true;
        numCancelsRequested = 0;
        futWaiter = null;
        coro = coroArg;
        if (nameArg == PyNone.NONE) {
            name = "Task-" + (++st.taskNameCounter);
        } else if (nameArg instanceof String) {
            name = nameArg;
        } else {
            name = StrRepr.str(nameArg);
        }
        callSoon(t, loop, stepFn(), null, context);
        st.registerTask(t, this);
    }

    private PyBuiltin stepFn() {
        if (stepFn == null) {
            stepFn = new PyBuiltin("task_step", (t, a, k) -> {
                step(t, a.length > 0 ? a[0] : null);
                return PyNone.NONE;
            });
        }
        return stepFn;
    }

    private PyBuiltin wakeupFn() {
        if (wakeupFn == null) {
            wakeupFn = new PyBuiltin("task_wakeup", (t, a, k) -> {
                wakeup(t, a[0]);
                return PyNone.NONE;
            });
        }
        return wakeupFn;
    }

    /** {@code task_step}: enters the task, steps it, leaves it. */
    void step(PyThread t, Object exc) {
        st.enterTask(loop, this);
        try {
            stepImpl(t, exc);
        } finally {
            st.leaveTask(loop, this);
        }
    }

    private void stepLater(PyThread t, String msg) {
        callSoon(t, loop, stepFn(), Err.runtime(msg).exc, context);
    }

    private void stepImpl(PyThread t, Object excArg) {
        Object exc = excArg == PyNone.NONE ? null : excArg;
        if (state != PENDING) {
            throw Err.make(st.invalidStateError(t), "_step(): already done: " + StrRepr.repr(this) + ", "
                + StrRepr.repr(exc == null ? PyNone.NONE : exc));
        }
        if (mustCancel) {
            if (exc == null || !Ops.isinstance(exc, st.cancelledError(t))) {
                exc = makeCancelledError(t);
            }
            mustCancel = false;
        }
        futWaiter = null;
        Object r;
        try {
            if (coro instanceof PyGenerator) {
                r = Delegation.step(t, coro, PyNone.NONE, exc == null ? null : AsyncioModule.raise(exc));
            } else if (exc == null) {
                r = Ops.call(t, Ops.getattr(coro, "send"), new Object[] {PyNone.NONE}, null); // a coroutine-like object
            } else {
                r = Ops.call(t, Ops.getattr(coro, "throw"), new Object[] {exc}, null);
            }
        } catch (PyException e) {
            PyType et = e.exc.type();
            if (Ops.isinstance(e.exc, st.cancelledError(t))) {
                cancelledExc = e.exc;
                cancel(t, PyNone.NONE);
                return;
            }
            if (et.isSubtypeOf(Types.StopIteration)) {
                finish(t, Delegation.stopValue(e.exc));
                return;
            }
            setException(t, e.exc);
            if (et.isSubtypeOf(Types.KeyboardInterrupt) || et.isSubtypeOf(Types.SystemExit)) {
                throw e;
            }
            return;
        }
        if (r instanceof Delegation.Done d) {
            finish(t, d.value);
            return;
        }
        if (r instanceof FutureObj f && (f.type() == FutureObj.TYPE || f.type() == TYPE)) {
            // the C fast path for a plain Future or Task
            if (f.loop != loop) {
                stepLater(t, "Task " + StrRepr.repr(this) + " got Future " + StrRepr.repr(f) + " attached to a different loop");
            } else if (f.blocking) {
                if (f == this) {
                    stepLater(t, "Task cannot await on itself: " + StrRepr.repr(this));
                } else {
                    f.blocking = false;
                    f.addDoneCallback(t, wakeupFn(), context);
                    parked(t, f);
                }
            } else {
                stepLater(t, "yield was used instead of yield from in task " + StrRepr.repr(this) + " with " + StrRepr.repr(f));
            }
            return;
        }
        if (r == PyNone.NONE) {
            callSoon(t, loop, stepFn(), null, context);
            return;
        }
        Object blocking = Ops.getattrOrNull(r, "_asyncio_future_blocking");
        if (blocking != null && blocking != PyNone.NONE) {
            Object rloop = r instanceof FutureObj rf ? rf.loop : futureLoop(t, r);
            if (rloop != loop) {
                stepLater(t, "Task " + StrRepr.repr(this) + " got Future " + StrRepr.repr(r) + " attached to a different loop");
            } else if (Ops.truthy(blocking)) {
                if (r == this) {
                    stepLater(t, "Task cannot await on itself: " + StrRepr.repr(this));
                } else {
                    Ops.setattr(r, "_asyncio_future_blocking", false);
                    Ops.call(t, Ops.getattr(r, "add_done_callback"), new Object[] {wakeupFn(), context}, CONTEXT_KW);
                    parked(t, r);
                }
            } else {
                stepLater(t, "yield was used instead of yield from in task " + StrRepr.repr(this) + " with " + StrRepr.repr(r));
            }
            return;
        }
        if (r instanceof PyGenerator g && g.kind == PyGenerator.Kind.GENERATOR) {
            stepLater(t, "yield was used instead of yield from for generator in task " + StrRepr.repr(this) + " with " + StrRepr.repr(r));
            return;
        }
        stepLater(t, "Task got bad yield: " + StrRepr.repr(r));
    }

    private void parked(PyThread t, Object waiter) {
        futWaiter = waiter;
        if (mustCancel) {
            Object cancelled = waiter instanceof FutureObj f && (f.type() == FutureObj.TYPE)
                ? (Object) f.cancel(t, cancelMsg)
                : Ops.call(t, Ops.getattr(waiter, "cancel"), new Object[] {orNone(cancelMsg)}, new String[] {"msg"});
            if (Ops.truthy(cancelled)) {
                mustCancel = false;
            }
        }
    }

    private void finish(PyThread t, Object value) {
        if (mustCancel) {
            mustCancel = false;
            cancel(t, orNone(cancelMsg));
        } else {
            setResult(t, value);
        }
    }

    /** {@code futures._get_loop}. */
    private static Object futureLoop(PyThread t, Object fut) {
        Object getLoop = Ops.getattrOrNull(fut, "get_loop");
        if (getLoop != null) {
            return Ops.call(t, getLoop, new Object[0], null);
        }
        return Ops.getattr(fut, "_loop");
    }

    /** {@code task_wakeup}. */
    void wakeup(PyThread t, Object fut) {
        Object exc = null;
        try {
            if (fut instanceof FutureObj f) {
                f.getResult(t);
            } else {
                Ops.call(t, Ops.getattr(fut, "result"), new Object[0], null);
            }
        } catch (PyException e) {
            exc = e.exc;
        }
        step(t, exc);
    }

    /** {@code Task.cancel}. */
    boolean cancelTask(PyThread t, Object msg) {
        logTb = false;
        if (loop == null || state != PENDING) {
            return false;
        }
        numCancelsRequested++;
        if (futWaiter != null) {
            Object r = futWaiter instanceof FutureObj f && f.type() == FutureObj.TYPE ? (Object) f.cancel(t, msg)
                : Ops.call(t, Ops.getattr(futWaiter, "cancel"), new Object[] {msg}, new String[] {"msg"});
            if (Ops.truthy(r)) {
                return true;
            }
        }
        mustCancel = true;
        cancelMsg = msg;
        return true;
    }

    static TaskObj task(Object o) {
        if (o instanceof TaskObj tk) {
            return tk;
        }
        throw Err.type("descriptor requires a '_asyncio.Task' object but received a '" + Ops.typeName(o) + "'");
    }

    static {
        PyType T = TYPE;
        NativeTypes.put(T, "__doc__", "A coroutine wrapped in a Future.");
        NativeTypes.put(T, "__new__", FutureObj.TYPE.lookup("__new__"));
        NativeTypes.def(T, "__init__", (t, a, k) -> {
            int npos = BuiltinArgs.npos(a, k);
            if (npos != 2 && !(npos == 1 && BuiltinArgs.kw(a, k, "coro") != null)) {
                throw Err.type("Task.__init__() missing required argument 'coro' (pos 1)");
            }
            Object coro = npos == 2 ? a[1] : BuiltinArgs.kw(a, k, "coro");
            task(a[0]).initTask(t, coro, kwOrNone(a, k, "loop"), kwOrNone(a, k, "name"), kwOrNone(a, k, "context"));
            return PyNone.NONE;
        });
        NativeTypes.def(T, "cancel", (t, a, k) -> task(a[0]).cancelTask(t, msgArg(a, k, "cancel")));
        NativeTypes.def(T, "cancelling", (t, a, k) -> task(a[0]).numCancelsRequested);
        NativeTypes.def(T, "uncancel", (t, a, k) -> {
            TaskObj tk = task(a[0]);
            if (tk.numCancelsRequested > 0) {
                tk.numCancelsRequested--;
            }
            return tk.numCancelsRequested;
        });
        NativeTypes.def(T, "set_result", (t, a, k) -> {
            throw Err.runtime("Task does not support set_result operation");
        });
        NativeTypes.def(T, "set_exception", (t, a, k) -> {
            throw Err.runtime("Task does not support set_exception operation");
        });
        NativeTypes.def(T, "get_coro", (t, a, k) -> orNone(task(a[0]).coro));
        NativeTypes.def(T, "get_context", (t, a, k) -> orNone(task(a[0]).context));
        NativeTypes.def(T, "get_name", (t, a, k) -> orNone(task(a[0]).name));
        NativeTypes.def(T, "set_name", (t, a, k) -> {
            BuiltinArgs.check("set_name", a, k, 2, 2);
            task(a[0]).name = a[1] instanceof String ? a[1] : StrRepr.str(a[1]);
            return PyNone.NONE;
        });
        NativeTypes.def(T, "get_stack", (t, a, k) -> {
            BuiltinArgs.check("get_stack", a, k, 1, 2);
            return Ops.call(t, AsyncioModule.state(t).taskGetStack(t),
                new Object[] {a[0], BuiltinArgs.get(a, k, 1, "limit", PyNone.NONE)}, null);
        });
        NativeTypes.def(T, "print_stack", (t, a, k) -> {
            BuiltinArgs.check("print_stack", a, k, 1, 3);
            return Ops.call(t, AsyncioModule.state(t).taskPrintStack(t),
                new Object[] {a[0], BuiltinArgs.get(a, k, 1, "limit", PyNone.NONE), BuiltinArgs.get(a, k, 2, "file", PyNone.NONE)}, null);
        });
        NativeTypes.def(T, "_repr_info", (t, a, k) -> Ops.call(t, AsyncioModule.state(t).taskReprInfo(t), new Object[] {a[0]}, null));
        NativeTypes.def(T, "__repr__", (t, a, k) -> Ops.call(t, AsyncioModule.state(t).taskRepr(t), new Object[] {a[0]}, null));
        NativeTypes.getset(T, "_log_destroy_pending", o -> task(o).logDestroyPending, (o, v) -> task(o).logDestroyPending = Ops.truthy(v));
        NativeTypes.getter(T, "_must_cancel", o -> task(o).mustCancel);
        NativeTypes.getter(T, "_coro", o -> orNone(task(o).coro));
        NativeTypes.getter(T, "_fut_waiter", o -> orNone(task(o).futWaiter));
        NativeTypes.ready(T);
    }

    private static Object kwOrNone(Object[] a, String[] k, String name) {
        Object v = BuiltinArgs.kw(a, k, name);
        return v == null ? PyNone.NONE : v;
    }
}

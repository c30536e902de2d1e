package dev.gilspy.interp.modules.asyncio;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBaseException;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.util.ArrayList;

/**
 * {@code _asyncio.Future} ({@code FutureObj} in {@code _asynciomodule.c}): a result or an
 * exception, set once, and the callbacks (each with its context) scheduled on the loop when it is.
 * A first callback is kept apart from the list, as the C code does, since most futures have one.
 * Not done: the "exception was never retrieved" report of {@code __del__} (a JVM finalizes at
 * no definite time, so the report would come late or never).
 */
class FutureObj extends NativeObj {
    static final int PENDING = 0, CANCELLED = 1, FINISHED = 2;
    static final String[] CONTEXT_KW = {"context"};

    static final PyType TYPE = NativeTypes.newType("Future", "_asyncio", null, (t, cls, a, k) -> construct(t, new FutureObj(cls), a, k));

    /**
     * tp_new then, for the exact built-in type, tp_init (calling a built-in type runs only its
     * constructor; a subclass's instance gets its {@code __init__} called by the class call).
     */
    static Object construct(PyThread t, FutureObj obj, Object[] a, String[] k) {
        if (NativeTypes.isBuiltin(obj.type())) {
            Object[] full = new Object[a.length + 1];
            full[0] = obj;
            System.arraycopy(a, 0, full, 1, a.length);
            Ops.call(t, obj.type().lookup("__init__"), full, k);
        }
        return obj;
    }

    Object loop; // null: __init__ has not run ("Future object is not initialized.")
    Object callback0, context0;
    ArrayList<Object[]> callbacks;
    Object exception, result, sourceTb, cancelMsg;
    PyBaseException cancelledExc;
    int state = PENDING;
    boolean logTb, blocking;

    FutureObj(PyType cls) { super(cls); }

    @Override protected boolean hasDict() { return true; }

    /** {@code future_init}: also re-initializes a future whose {@code __init__} runs again. */
    void init(PyThread t, AsyncioModule.State s, Object loopArg) {
        loop = null;
        callback0 = context0 = null;
        callbacks = null;
        result = exception = sourceTb = cancelMsg = null;
        cancelledExc = null;
        state = PENDING;
        logTb = blocking = false;
        Object l = loopArg == PyNone.NONE ? s.getEventLoop(t) : loopArg;
        loop = l;
        if (Ops.truthy(Ops.call(t, Ops.getattr(l, "get_debug"), new Object[0], null))) {
            sourceTb = Ops.call(t, s.extractStack(t), new Object[0], null);
        }
    }

    final void ensureAlive() {
        if (loop == null) {
            throw Err.runtime("Future object is not initialized.");
        }
    }

    static void callSoon(PyThread t, Object loop, Object fn, Object arg, Object ctx) {
        Object cs = Ops.getattr(loop, "call_soon");
        if (ctx == null) {
            Ops.call(t, cs, arg == null ? new Object[] {fn} : new Object[] {fn, arg}, null);
        } else {
            Ops.call(t, cs, arg == null ? new Object[] {fn, ctx} : new Object[] {fn, arg, ctx}, CONTEXT_KW);
        }
    }

    /** Called as the future leaves the pending state (a task leaves the registry of pending tasks). */
    void leftPending() {}

    /** {@code future_schedule_callbacks}. */
    final void scheduleCallbacks(PyThread t) {
        leftPending();
        if (callback0 != null) {
            Object cb = callback0, ctx = context0;
            callback0 = context0 = null;
            try {
                callSoon(t, loop, cb, this, ctx);
            } catch (RuntimeException e) {
                callbacks = null;
                throw e;
            }
        }
        ArrayList<Object[]> list = callbacks;
        if (list == null) {
            return;
        }
        callbacks = null;
        for (Object[] c : list) {
            callSoon(t, loop, c[0], this, c[1]);
        }
    }

    final Object setResult(PyThread t, Object res) {
        ensureAlive();
        if (state != PENDING) {
            throw dev.gilspy.interp.runtime.Err.make(AsyncioModule.state(t).invalidStateError(t), "invalid state");
        }
        result = res;
        state = FINISHED;
        scheduleCallbacks(t);
        return PyNone.NONE;
    }

    final Object setException(PyThread t, Object exc) {
        ensureAlive();
        AsyncioModule.State s = AsyncioModule.state(t);
        if (state != PENDING) {
            throw Err.make(s.invalidStateError(t), "invalid state");
        }
        Object val = exc;
        if (exc instanceof PyType cls && cls.isSubtypeOf(Types.BaseException)) {
            val = Ops.call(t, exc, new Object[0], null);
            if (state != PENDING) {
                throw Err.make(s.invalidStateError(t), "invalid state");
            }
        }
        if (!(val instanceof PyBaseException)) {
            throw Err.type("invalid exception object");
        }
        if (Ops.typeOf(val) == Types.StopIteration) {
            throw Err.type("StopIteration interacts badly with generators and cannot be raised into a Future");
        }
        exception = val;
        state = FINISHED;
        scheduleCallbacks(t);
        logTb = true;
        return PyNone.NONE;
    }

    /** {@code _make_cancelled_error}. */
    final PyBaseException makeCancelledError(PyThread t) {
        PyBaseException saved = cancelledExc;
        if (saved != null) {
            cancelledExc = null;
            return saved;
        }
        PyType ce = AsyncioModule.state(t).cancelledError(t);
        Object[] args = cancelMsg == null || cancelMsg == PyNone.NONE ? new Object[0] : new Object[] {cancelMsg};
        return (PyBaseException) Ops.call(t, ce, args, null);
    }

    /** {@code future_get_result}: the result, or raises the exception or a CancelledError. */
    final Object getResult(PyThread t) {
        if (loop == null) {
            throw Err.make(AsyncioModule.state(t).invalidStateError(t), "Future object is not initialized.");
        }
        if (state == CANCELLED) {
            throw AsyncioModule.raise(makeCancelledError(t));
        }
        if (state != FINISHED) {
            throw Err.make(AsyncioModule.state(t).invalidStateError(t), "Result is not set.");
        }
        logTb = false;
        if (exception != null) {
            throw AsyncioModule.raise(exception);
        }
        return result;
    }

    final void addDoneCallback(PyThread t, Object fn, Object ctx) {
        if (state != PENDING) {
            callSoon(t, loop, fn, this, ctx);
        } else if (callback0 == null) {
            callback0 = fn;
            context0 = ctx;
        } else {
            if (callbacks == null) {
                callbacks = new ArrayList<>(2);
            }
            callbacks.add(new Object[] {fn, ctx});
        }
    }

    final long removeDoneCallback(Object fn) {
        long n = 0;
        if (callback0 != null && (callback0 == fn || Ops.eq(callback0, fn))) {
            callback0 = context0 = null;
            n++;
        }
        ArrayList<Object[]> list = callbacks;
        if (list == null) {
            return n;
        }
        // by index up to the current size, as the C code does: an __eq__ may add callbacks meanwhile
        ArrayList<Object[]> kept = new ArrayList<>(list.size());
        for (int i = 0; callbacks == list && i < list.size(); i++) {
            Object[] c = list.get(i);
            if (c[0] == fn || Ops.eq(c[0], fn)) {
                n++;
            } else {
                kept.add(c);
            }
        }
        if (callbacks == list) {
            callbacks = kept.isEmpty() ? null : kept;
        }
        return n;
    }

    /** {@code future_cancel}. */
    final boolean cancel(PyThread t, Object msg) {
        logTb = false;
        if (state != PENDING) {
            return false;
        }
        state = CANCELLED;
        cancelMsg = msg;
        scheduleCallbacks(t);
        return true;
    }

    static FutureObj self(Object o) {
        if (o instanceof FutureObj f) {
            return f;
        }
        throw Err.type("descriptor requires a '_asyncio.Future' object but received a '" + Ops.typeName(o) + "'");
    }

    static FutureObj alive(Object o) {
        FutureObj f = self(o);
        f.ensureAlive();
        return f;
    }

    static Object orNone(Object o) { return o == null ? PyNone.NONE : o; }

    static String stateName(int s) {
        return s == PENDING ? "PENDING" : s == CANCELLED ? "CANCELLED" : "FINISHED";
    }

    static Object msgArg(Object[] a, String[] k, String fn) {
        BuiltinArgs.check(fn, a, k, 1, 2);
        return BuiltinArgs.get(a, k, 1, "msg", PyNone.NONE);
    }

    static {
        PyType T = TYPE;
        NativeTypes.put(T, "__doc__", "This class is *almost* compatible with concurrent.futures.Future.");
        NativeTypes.staticMethod(T, "__new__", (t, a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls) || !cls.isSubtypeOf(TYPE)) {
                throw Err.type("Future.__new__(X): X is not a subtype of _asyncio.Future");
            }
            return cls.isSubtypeOf(TaskObj.TYPE) ? new TaskObj(cls) : new FutureObj(cls);
        });
        NativeTypes.def(T, "__init__", (t, a, k) -> {
            if (BuiltinArgs.npos(a, k) > 1) {
                throw Err.type("Future.__init__() takes 0 positional arguments but " + (BuiltinArgs.npos(a, k) - 1) + " were given");
            }
            self(a[0]).init(t, AsyncioModule.state(t), BuiltinArgs.kw(a, k, "loop") == null ? PyNone.NONE : BuiltinArgs.kw(a, k, "loop"));
            return PyNone.NONE;
        });
        NativeTypes.def(T, "result", (t, a, k) -> self(a[0]).getResult(t));
        NativeTypes.def(T, "exception", (t, a, k) -> {
            FutureObj f = self(a[0]);
            if (f.loop == null) {
                throw Err.make(AsyncioModule.state(t).invalidStateError(t), "Future object is not initialized.");
            }
            if (f.state == CANCELLED) {
                throw AsyncioModule.raise(f.makeCancelledError(t));
            }
            if (f.state != FINISHED) {
                throw Err.make(AsyncioModule.state(t).invalidStateError(t), "Exception is not set.");
            }
            f.logTb = false;
            return orNone(f.exception);
        });
        NativeTypes.def(T, "set_result", (t, a, k) -> {
            BuiltinArgs.check("set_result", a, k, 2, 2);
            return alive(a[0]).setResult(t, BuiltinArgs.get(a, k, 1, "result", PyNone.NONE));
        });
        NativeTypes.def(T, "set_exception", (t, a, k) -> {
            BuiltinArgs.check("set_exception", a, k, 2, 2);
            return alive(a[0]).setException(t, BuiltinArgs.get(a, k, 1, "exception", PyNone.NONE));
        });
        NativeTypes.def(T, "add_done_callback", (t, a, k) -> {
            FutureObj f = alive(a[0]);
            if (BuiltinArgs.npos(a, k) != 2) {
                throw Err.type("add_done_callback() takes exactly one positional argument");
            }
            Object ctx = BuiltinArgs.kw(a, k, "context");
            if (ctx == null || ctx == PyNone.NONE) {
                ctx = AsyncioModule.state(t).copyContext(t);
            }
            f.addDoneCallback(t, a[1], ctx);
            return PyNone.NONE;
        });
        NativeTypes.def(T, "remove_done_callback", (t, a, k) -> {
            BuiltinArgs.check("remove_done_callback", a, k, 2, 2);
            return alive(a[0]).removeDoneCallback(a[1]);
        });
        NativeTypes.def(T, "cancel", (t, a, k) -> alive(a[0]).cancel(t, msgArg(a, k, "cancel")));
        NativeTypes.def(T, "cancelled", (t, a, k) -> self(a[0]).loop != null && self(a[0]).state == CANCELLED);
        NativeTypes.def(T, "done", (t, a, k) -> {
            FutureObj f = self(a[0]);
            return f.loop != null && f.state != PENDING;
        });
        NativeTypes.def(T, "get_loop", (t, a, k) -> alive(a[0]).loop);
        NativeTypes.def(T, "_make_cancelled_error", (t, a, k) -> alive(a[0]).makeCancelledError(t));
        NativeTypes.def(T, "_repr_info", (t, a, k) -> Ops.call(t, AsyncioModule.state(t).futureReprInfo(t), new Object[] {a[0]}, null));
        NativeTypes.def(T, "__repr__", (t, a, k) -> Ops.call(t, AsyncioModule.state(t).futureRepr(t), new Object[] {a[0]}, null));
        NativeTypes.def(T, "__await__", (t, a, k) -> new FutureIter(alive(a[0])));
        NativeTypes.def(T, "__iter__", (t, a, k) -> new FutureIter(alive(a[0])));
        NativeTypes.classMethod(T, "__class_getitem__", (t, a, k) -> {
            Object ga = Ops.getattr(t.interp.importModule(t, "types"), "GenericAlias");
            return Ops.call(t, ga, new Object[] {a[0], a[1]}, null);
        });
        NativeTypes.getset(T, "_asyncio_future_blocking", o -> self(o).loop == null ? PyNone.NONE : (Object) self(o).blocking,
            (o, v) -> {
                FutureObj f = alive(o);
                if (v == null) {
                    throw Err.attr("cannot delete attribute");
                }
                f.blocking = Ops.truthy(v);
            });
        NativeTypes.getset(T, "_log_traceback", o -> self(o).loop == null ? PyNone.NONE : (Object) self(o).logTb,
            (o, v) -> {
                FutureObj f = alive(o);
                if (v == null) {
                    throw Err.attr("cannot delete attribute");
                }
                if (Ops.truthy(v)) {
                    throw Err.value("_log_traceback can only be set to False");
                }
                f.logTb = false;
            });
        NativeTypes.getter(T, "_loop", o -> orNone(self(o).loop));
        NativeTypes.getter(T, "_callbacks", o -> {
            FutureObj f = self(o);
            if (f.callback0 == null && f.callbacks == null) {
                return PyNone.NONE;
            }
            PyList l = new PyList();
            if (f.callback0 != null) {
                l.append(PyTuple.of(f.callback0, f.context0));
            }
            if (f.callbacks != null) {
                for (Object[] c : f.callbacks) {
                    l.append(PyTuple.of(c[0], c[1]));
                }
            }
            return l;
        });
        NativeTypes.getter(T, "_result", o -> orNone(self(o).result));
        NativeTypes.getter(T, "_exception", o -> orNone(self(o).exception));
        NativeTypes.getter(T, "_source_traceback", o -> orNone(self(o).sourceTb));
        NativeTypes.getset(T, "_cancel_message", o -> orNone(self(o).cancelMsg), (o, v) -> {
            if (v == null) {
                throw Err.attr("cannot delete attribute");
            }
            self(o).cancelMsg = v;
        });
        NativeTypes.getter(T, "_state", o -> self(o).loop == null ? PyNone.NONE : stateName(self(o).state));
        NativeTypes.ready(T);
    }
}

package dev.gilspy.interp.modules.asyncio;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Delegation;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBaseException;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;

/**
 * {@code _asyncio.FutureIter}: what {@code await future} iterates. The first step yields the
 * future itself (marked {@code _asyncio_future_blocking}) while it is pending; the step after it
 * is done returns its result through StopIteration, or raises its exception.
 */
final class FutureIter extends NativeObj implements Delegation.Steppable {
    static final PyType TYPE = NativeTypes.newType("FutureIter", "_asyncio", null, null);

    private FutureObj future;

    FutureIter(FutureObj future) {
        super(TYPE);
        this.future = future;
    }

    /** {@code __next__}: the future to yield, or StopIteration carrying the result. */
    Object next(PyThread t) {
        if (future == null) {
            throw Err.make(Types.StopIteration, new Object[0]);
        }
        Object r = step(t, PyNone.NONE, null);
        if (r instanceof Delegation.Done d) {
            throw Err.make(Types.StopIteration, new Object[] {d.value});
        }
        return r;
    }

    /** {@code await}'s step ({@code FutureIter_am_send}): the result without a StopIteration object. */
    @Override
    public Object step(PyThread t, Object sent, PyException thrown) {
        if (thrown != null) {
            future = null;
            throw thrown;
        }
        FutureObj f = future;
        if (f == null) {
            return Delegation.done(PyNone.NONE);
        }
        if (f.state == FutureObj.PENDING) {
            if (!f.blocking) {
                f.blocking = true;
                return f;
            }
            throw Err.runtime("await wasn't used with future");
        }
        future = null;
        return Delegation.done(f.getResult(t));
    }

    private static FutureIter self(Object o) {
        if (o instanceof FutureIter f) {
            return f;
        }
        throw Err.type("descriptor requires a '_asyncio.FutureIter' object but received a '" + Ops.typeName(o) + "'");
    }

    static {
        PyType T = TYPE;
        NativeTypes.def(T, "__iter__", (t, a, k) -> a[0]);
        NativeTypes.def(T, "__next__", (t, a, k) -> self(a[0]).next(t));
        NativeTypes.def(T, "send", (t, a, k) -> {
            BuiltinArgs.check("send", a, k, 2, 2);
            return self(a[0]).next(t);
        });
        NativeTypes.def(T, "throw", (t, a, k) -> {
            BuiltinArgs.check("throw", a, k, 2, 4);
            FutureIter it = self(a[0]);
            Object type = a[1];
            Object val = a.length > 2 ? a[2] : PyNone.NONE;
            Object tb = a.length > 3 ? a[3] : PyNone.NONE;
            if (tb != PyNone.NONE && !Ops.typeName(tb).equals("traceback")) {
                throw Err.type("throw() third argument must be a traceback");
            }
            Object exc;
            if (type instanceof PyType cls && cls.isSubtypeOf(Types.BaseException)) {
                exc = val instanceof PyBaseException v && Ops.isinstance(v, cls) ? v
                    : Ops.call(t, cls, val == PyNone.NONE ? new Object[0]
                        : val instanceof dev.gilspy.interp.runtime.PyTuple tu ? tu.items : new Object[] {val}, null);
            } else if (type instanceof PyBaseException e) {
                if (val != PyNone.NONE) {
                    throw Err.type("instance exception may not have a separate value");
                }
                exc = e;
            } else {
                throw Err.type("exceptions must be classes deriving BaseException or instances of such a class");
            }
            it.future = null;
            throw AsyncioModule.raise(exc);
        });
        NativeTypes.def(T, "close", (t, a, k) -> {
            self(a[0]).future = null;
            return PyNone.NONE;
        });
        NativeTypes.ready(T);
    }
}

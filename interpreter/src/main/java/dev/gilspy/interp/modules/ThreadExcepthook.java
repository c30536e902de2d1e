package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBaseException;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.StructSeq;
import dev.gilspy.interp.runtime.Traceback;
import dev.gilspy.interp.runtime.Types;

/**
 * {@code _thread._excepthook} and {@code _thread._ExceptHookArgs}: what {@code threading.excepthook}
 * is, as CPython's {@code thread_excepthook} writes it: "Exception in thread NAME:" and the
 * traceback to {@code sys.stderr} (or the thread's {@code _stderr} when that is None); SystemExit is
 * silent.
 */
final class ThreadExcepthook {
    private ThreadExcepthook() {}

    static final PyType ARGS = StructSeq.type("_thread", "_ExceptHookArgs", "exc_type", "exc_value", "exc_traceback", "thread");

    static void install(PyModule m) {
        m.put("_ExceptHookArgs", ARGS);
        m.def("_excepthook", (t, a, k) -> {
            if (a.length != 1 || Ops.typeOf(a[0]) != ARGS) {
                throw Err.type("_thread.excepthook argument type must be ExceptHookArgs");
            }
            hook(t, ((PyTuple) a[0]).items);
            return PyNone.NONE;
        });
    }

    private static void hook(PyThread t, Object[] args) {
        Object excType = args[0];
        Object excValue = args[1];
        Object thread = args[3];
        if (excType instanceof PyType type && type.isSubtypeOf(Types.SystemExit)) {
            return;
        }
        Object file = t.interp.sys.get("stderr");
        if (file == null || file == PyNone.NONE) {
            if (thread == PyNone.NONE) {
                return;
            }
            file = Ops.getattrOrNull(thread, "_stderr");
            if (file == null || file == PyNone.NONE) {
                return;
            }
        }
        Object name = thread == PyNone.NONE ? null : Ops.getattrOrNull(thread, "name");
        String who = name != null ? StrRepr.str(name) : Long.toUnsignedString(Thread.currentThread().getId());
        write(t, file, "Exception in thread " + who + ":\n");
        flush(t, file);
        if (excValue instanceof PyBaseException e) {
            write(t, file, Traceback.format(t.interp, e));
        } else if (excType instanceof PyType type) {
            write(t, file, type.name + (excValue == PyNone.NONE ? "" : ": " + StrRepr.str(excValue)) + "\n");
        }
        flush(t, file);
    }

    private static void write(PyThread t, Object file, String s) {
        Ops.call(t, Ops.getattr(file, "write"), new Object[] {s}, null);
    }

    private static void flush(PyThread t, Object file) {
        Object flush = Ops.getattrOrNull(file, "flush");
        if (flush != null) {
            Ops.call(t, flush, new Object[0], null);
        }
    }
}

package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Traceback;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code atexit} ({@code Modules/atexitmodule.c}): the callbacks of one interpreter. {@code Main}
 * runs {@code _run_exitfuncs} after {@code threading._shutdown}, as {@code Py_FinalizeEx} does:
 * last registered first; an exception (SystemExit too) is reported as "Exception ignored in atexit
 * callback" and the others still run. As CPython's, {@code unregister} leaves {@code _ncallbacks}
 * as it was (it counts slots, emptied ones included) and {@code _run_exitfuncs} clears the list.
 */
final class AtexitModule {
    private AtexitModule() {}

    /** One registration: the function and the arguments and keyword names of its call. */
    private record Callback(Object func, Object[] args, String[] kw) {}

    static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("atexit");
        m.put("__doc__", "allow programmer to define multiple exit functions to be executed\n"
            + "upon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n");
        List<Callback> callbacks = new ArrayList<>(); // null entries: unregistered slots
        m.def("register", (t, a, k) -> {
            int npos = a.length - (k == null ? 0 : k.length);
            if (npos == 0) {
                throw Err.type("register() takes at least 1 argument (0 given)");
            }
            if (!(boolean) Ops.call(t, interp.builtins.get("callable"), new Object[] {a[0]}, null)) {
                throw Err.type("the first argument must be callable");
            }
            synchronized (callbacks) {
                callbacks.add(new Callback(a[0], Arrays.copyOfRange(a, 1, a.length), k));
            }
            return a[0];
        });
        m.def("unregister", (t, a, k) -> {
            List<Callback> snapshot;
            synchronized (callbacks) {
                snapshot = new ArrayList<>(callbacks);
            }
            for (int i = 0; i < snapshot.size(); i++) {
                Callback cb = snapshot.get(i);
                if (cb != null && (cb.func == a[0] || Ops.eq(cb.func, a[0]))) {
                    synchronized (callbacks) {
                        int at = callbacks.indexOf(cb);
                        if (at >= 0) {
                            callbacks.set(at, null);
                        }
                    }
                }
            }
            return PyNone.NONE;
        });
        m.def("_clear", (t, a, k) -> {
            synchronized (callbacks) {
                callbacks.clear();
            }
            return PyNone.NONE;
        });
        m.def("_ncallbacks", (t, a, k) -> {
            synchronized (callbacks) {
                return (long) callbacks.size();
            }
        });
        m.def("_run_exitfuncs", (t, a, k) -> {
            runAll(t, callbacks);
            return PyNone.NONE;
        });
        return m;
    }

    private static void runAll(PyThread t, List<Callback> callbacks) {
        while (true) {
            Callback cb;
            synchronized (callbacks) {
                if (callbacks.isEmpty()) {
                    return;
                }
                cb = callbacks.remove(callbacks.size() - 1);
            }
            if (cb == null) {
                continue;
            }
            try {
                Ops.call(t, cb.func, cb.args, cb.kw);
            } catch (PyException e) {
                Object file = t.interp.sys.get("stderr");
                if (file != null && file != PyNone.NONE) {
                    t.interp.stdout.flushQuietly(t);
                    String text = "Exception ignored in atexit callback: " + StrRepr.repr(cb.func) + "\n"
                        + Traceback.format(t.interp, e.exc);
                    Ops.call(t, Ops.getattr(file, "write"), new Object[] {text}, null);
                }
            }
        }
    }
}

package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import java.util.Map;

/**
 * {@code exec(src, globals, locals)} with a separate locals dict, as dataclasses' {@code _create_fn}
 * uses it: the code runs at module level over globals then locals, and the names it binds or
 * rebinds land in locals (gilspy runs module code in one namespace, so the split is made after).
 */
final class ExecLocals {
    private ExecLocals() {}

    static void run(PyThread t, InterpreterState interp, String src, Object globals, PyDict locals) {
        PyDict seed = new PyDict();
        if (globals instanceof PyDict g) {
            PyDict.updateDict(seed, g);
        } else if (globals == PyNone.NONE || globals == null) {
            PyModule caller = t.top == null ? interp.mainModule : t.top.globals;
            caller.cells.forEach((n, c) -> {
                if (c.value != null) {
                    seed.put(n, c.value);
                }
            });
        }
        PyDict.updateDict(seed, locals);
        Map<String, Object> before = new java.util.HashMap<>();
        for (var e : seed.entries()) {
            if (e.getKey() instanceof String n) {
                before.put(n, e.getValue());
            }
        }
        PyModule target = Builtins.runIn(t, interp, src, seed, "<string>");
        target.cells.forEach((n, c) -> {
            Object v = c.value;
            if (v != null && before.get(n) != v && !n.equals("__name__") && !n.equals("__builtins__")
                && !(n.equals("__doc__") && v == PyNone.NONE)) {
                locals.put(n, v);
            }
        });
    }

    /**
     * The namespace {@code eval(expr[, globals[, locals]])} runs in: the given globals, or, in a
     * function or class body with no globals given, the caller's globals under its locals (eval
     * reads them; what it binds is thrown away, as CPython's fast locals ignore it); a given
     * locals mapping goes over the globals the same way.
     */
    static Object evalNamespace(PyThread t, InterpreterState interp, Object[] a) {
        Object globals = a.length > 1 ? a[1] : PyNone.NONE;
        Object locals = a.length > 2 ? a[2] : PyNone.NONE;
        if (locals == PyNone.NONE) {
            if (globals != PyNone.NONE || !dev.gilspy.interp.runtime.FrameLocals.hasOwnLocals(t)) {
                return globals;
            }
            locals = dev.gilspy.interp.runtime.FrameLocals.of(t);
        }
        PyDict seed = new PyDict();
        if (globals instanceof PyDict g) {
            PyDict.updateDict(seed, g);
        } else {
            PyModule caller = t.top == null ? interp.mainModule : t.top.globals;
            caller.cells.forEach((n, c) -> {
                if (c.value != null) {
                    seed.put(n, c.value);
                }
            });
        }
        if (locals instanceof PyDict d) {
            PyDict.updateDict(seed, d);
        } else {
            for (Object key : Ops.toArray(Ops.call(t, Ops.getattr(locals, "keys"), new Object[0], null))) {
                seed.put(key, Ops.getitem(locals, key));
            }
        }
        return seed;
    }
}

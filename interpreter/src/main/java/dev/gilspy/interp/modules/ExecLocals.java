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

    private static PyDict seed(PyThread t, InterpreterState interp, Object globals, PyDict locals) {
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
        return seed;
    }

    static void run(PyThread t, InterpreterState interp, String src, Object globals, PyDict locals) {
        PyDict seed = seed(t, interp, globals, locals);
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
}
